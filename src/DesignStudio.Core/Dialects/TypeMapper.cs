using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects;

/// <summary>
/// Maps portable <see cref="LogicalType"/>s to one dialect's native types. Each dialect folder has one subclass;
/// the per-column native override (<see cref="Column.NativeTypeFor"/>) always wins over the mapping.
/// </summary>
public abstract class TypeMapper
{
    /// <summary>The dialect name (<see cref="DialectNames"/>).</summary>
    public abstract string Dialect { get; }

    /// <summary>The native type used for JSON documents (and for arrays where the dialect has none).</summary>
    protected abstract string JsonType { get; }

    /// <summary>Maps a logical type; <paramref name="enumType"/> is the resolved enum for enum kinds.</summary>
    public TypeMapping Map(LogicalType type, EnumType? enumType = null) =>
        type.IsArray ? MapArray(type with { IsArray = false }, enumType) : MapScalar(type, enumType);

    /// <summary>
    /// The native type text for a column: its override for this dialect when set, else the mapping; approximations
    /// and dangling enum references are reported to <paramref name="context"/>.
    /// </summary>
    public string MapColumn(DdlContext context, Table table, Column column)
    {
        if (column.NativeTypeFor(Dialect) is { } native) return native;
        EnumType? enumType = null;
        if (column.Type.Kind == TypeKind.Enum)
        {
            enumType = column.Type.EnumId is { } id ? context.Design.FindEnum(id) : null;
            if (enumType is null)
            {
                context.Error(DdlCodes.DanglingReference, DdlContext.PathOf(table, column),
                    $"Column refers to enum '{column.Type.EnumId}', which is not in the design; text was used instead.");
                return Map(column.Type with { Kind = TypeKind.Text, EnumId = null }).Sql;
            }
        }
        var mapping = Map(column.Type, enumType);
        if (mapping.Code is { } code)
        {
            context.Warning(code, DdlContext.PathOf(table, column), mapping.Note ?? $"{column.Type} is approximated as {mapping.Sql}.");
        }
        return mapping.Sql;
    }

    /// <summary>Maps a non-array type.</summary>
    protected abstract TypeMapping MapScalar(LogicalType type, EnumType? enumType);

    /// <summary>Maps an array type; by default a JSON document (only PostgreSQL has arrays).</summary>
    protected virtual TypeMapping MapArray(LogicalType element, EnumType? enumType) =>
        new(JsonType, DdlCodes.ArrayAsJson,
            $"{Dialect} has no array types: {element}[] is stored as {JsonType} holding a JSON array.");

    /// <summary>Formats an optional fractional-seconds precision suffix, e.g. <c>(3)</c>.</summary>
    protected static string Fraction(LogicalType type, int max) =>
        type.Precision is { } p ? $"({Math.Clamp(p, 0, max)})" : "";
}

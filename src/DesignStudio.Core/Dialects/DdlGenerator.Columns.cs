using System.Globalization;
using System.Text.RegularExpressions;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects;

public abstract partial class DdlGenerator
{
    private static readonly Regex Number = new(@"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$", RegexOptions.CultureInvariant);

    /// <summary>One column definition: name, type, NOT NULL, identity, default and dialect extras.</summary>
    protected virtual string ColumnDefinition(DdlContext ctx, Table table, Column column)
    {
        var type = ColumnType(ctx, table, column);
        var sql = Q(column.Name) + " " + type;
        if (!column.Nullable) sql += " NOT NULL";
        var identity = IdentityAllowed(ctx, table, column) ? IdentityClause(ctx, table, column) : "";
        sql += identity;
        if (column.Default is { } def)
        {
            if (identity.Length > 0)
            {
                ctx.Warning(DdlCodes.IdentityWithDefault, DdlContext.PathOf(table, column),
                    "An identity column cannot also have a default; the default was left out.");
            }
            else
            {
                sql += DefaultClause(ctx, table, column, DefaultSql(ctx, table, column, def, type));
            }
        }
        return sql + ColumnExtras(ctx, table, column, type);
    }

    /// <summary>The column's native type (override, or mapped logical type).</summary>
    protected virtual string ColumnType(DdlContext ctx, Table table, Column column) => Dialect.Types.MapColumn(ctx, table, column);

    /// <summary>Whether identity can be applied (an integer column); reports DDL110 otherwise.</summary>
    protected virtual bool IdentityAllowed(DdlContext ctx, Table table, Column column)
    {
        if (column.Identity == IdentityKind.None) return false;
        if (column.Type is { IsInteger: true, IsArray: false }) return true;
        ctx.Warning(DdlCodes.IdentityUnsupported, DdlContext.PathOf(table, column),
            $"Identity needs an integer column, not {column.Type}; the column is created without identity.");
        return false;
    }

    /// <summary>The identity / auto-increment clause with a leading space (e.g. <c> GENERATED ALWAYS AS IDENTITY</c>).</summary>
    protected abstract string IdentityClause(DdlContext ctx, Table table, Column column);

    /// <summary>The DEFAULT clause with a leading space.</summary>
    protected virtual string DefaultClause(DdlContext ctx, Table table, Column column, string defaultSql) => " DEFAULT " + defaultSql;

    /// <summary>Text after the default (MySQL ON UPDATE and COMMENT).</summary>
    protected virtual string ColumnExtras(DdlContext ctx, Table table, Column column, string nativeType) => "";

    /// <summary>The SQL of a default in this dialect's native form.</summary>
    protected virtual string DefaultSql(DdlContext ctx, Table table, Column column, ColumnDefault def, string nativeType) => def.Kind switch
    {
        DefaultKind.Literal => FormatLiteral(ctx, table, column, def.Value ?? "", nativeType),
        DefaultKind.Expression => ExpressionDefault(def.Value ?? "NULL"),
        DefaultKind.CurrentTimestamp => CurrentTimestampSql(column, nativeType),
        DefaultKind.CurrentDate => CurrentDateSql,
        DefaultKind.RandomUuid => RandomUuidSql,
        _ => throw new ArgumentOutOfRangeException(nameof(def), def.Kind, null),
    };

    /// <summary>A verbatim expression default as the dialect requires it (SQLite and MySQL want parentheses).</summary>
    protected virtual string ExpressionDefault(string sql) => sql;

    /// <summary>The current timestamp, fitting the column's native type.</summary>
    protected abstract string CurrentTimestampSql(Column column, string nativeType);

    /// <summary>The current date.</summary>
    protected abstract string CurrentDateSql { get; }

    /// <summary>A random version-4 UUID.</summary>
    protected abstract string RandomUuidSql { get; }

    /// <summary>The boolean literal for <paramref name="value"/> (PostgreSQL true/false, elsewhere 1/0).</summary>
    protected virtual string BooleanLiteral(bool value) => value ? "1" : "0";

    /// <summary>
    /// A literal default quoted according to the column type: numbers verbatim after validation, booleans in the
    /// dialect's form, everything else as a string literal. Invalid numbers and booleans are reported (DDL160).
    /// </summary>
    protected virtual string FormatLiteral(DdlContext ctx, Table table, Column column, string value, string nativeType)
    {
        var type = column.Type;
        if (type.IsArray || column.NativeTypeFor(Dialect.Name) is not null) return Literal(value);
        switch (type.Kind)
        {
            case TypeKind.Boolean:
                if (ParseBoolean(value) is { } b) return BooleanLiteral(b);
                break;
            case TypeKind.Int16 or TypeKind.Int32 or TypeKind.Int64:
                if (long.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
                {
                    return l.ToString(CultureInfo.InvariantCulture);
                }
                break;
            case TypeKind.Decimal or TypeKind.Float32 or TypeKind.Float64:
                if (Number.IsMatch(value.Trim())) return value.Trim();
                break;
            default:
                return Literal(value);
        }
        ctx.Error(DdlCodes.InvalidLiteral, DdlContext.PathOf(table, column),
            $"The default '{value}' is not a valid {LogicalTypeText.NameOf(type.Kind)} value; it was written as a quoted string.");
        return Literal(value);
    }

    /// <summary>Parses the usual spellings of a boolean.</summary>
    protected static bool? ParseBoolean(string value) => value.Trim().ToLowerInvariant() switch
    {
        "true" or "t" or "1" or "yes" or "y" or "on" => true,
        "false" or "f" or "0" or "no" or "n" or "off" => false,
        _ => null,
    };
}

using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects.MySql;

/// <summary>
/// MySQL 8 types. Approximations (reported as DDL101/DDL102): uuid → <c>char(36)</c>; timestamptz →
/// <c>datetime(6)</c> holding UTC (MySQL's TIMESTAMP would convert through the session time zone and ends in 2038);
/// interval → <c>varchar(64)</c> holding an ISO-8601 duration such as <c>P1DT2H</c>; arrays → <c>json</c>.
/// Temporal types without a precision get microseconds, as in PostgreSQL.
/// </summary>
public class MySqlTypeMapper(ISqlDialect dialect) : TypeMapper
{
    /// <summary>The dialect this mapper quotes enum values for.</summary>
    protected ISqlDialect SqlDialect { get; } = dialect;

    /// <inheritdoc />
    public override string Dialect => SqlDialect.Name;

    /// <inheritdoc />
    protected override string JsonType => "json";

    /// <summary>The mapping of uuid.</summary>
    protected virtual TypeMapping Uuid =>
        TypeMapping.Approx("char(36)", "MySQL has no uuid type; char(36) holding the canonical text form is used.");

    /// <inheritdoc />
    protected override TypeMapping MapScalar(LogicalType type, EnumType? enumType) => type.Kind switch
    {
        TypeKind.Uuid => Uuid,
        TypeKind.Text => TypeMapping.Exact("longtext"),
        TypeKind.Varchar when type.Length is { } n and <= 16383 => TypeMapping.Exact($"varchar({n})"),
        TypeKind.Varchar => new("longtext", DdlCodes.TypeParameterAdjusted,
            $"varchar{(type.Length is { } l ? $"({l})" : "")} without a length up to 16383 becomes longtext in {SqlDialect.DisplayName}."),
        TypeKind.Char when (type.Length ?? 1) <= 255 => TypeMapping.Exact($"char({type.Length ?? 1})"),
        TypeKind.Char => new($"varchar({type.Length})", DdlCodes.TypeParameterAdjusted,
            $"char longer than 255 becomes varchar({type.Length}) in {SqlDialect.DisplayName}."),
        TypeKind.Int16 => TypeMapping.Exact("smallint"),
        TypeKind.Int32 => TypeMapping.Exact("int"),
        TypeKind.Int64 => TypeMapping.Exact("bigint"),
        TypeKind.Decimal => TypeMapping.Exact(type.Precision is { } p ? $"decimal({p},{type.Scale ?? 0})" : "decimal(65,30)"),
        TypeKind.Float32 => TypeMapping.Exact("float"),
        TypeKind.Float64 => TypeMapping.Exact("double"),
        TypeKind.Boolean => TypeMapping.Exact("tinyint(1)"),
        TypeKind.Date => TypeMapping.Exact("date"),
        TypeKind.Time => TypeMapping.Exact($"time({Math.Clamp(type.Precision ?? 6, 0, 6)})"),
        TypeKind.Timestamp => TypeMapping.Exact($"datetime({Math.Clamp(type.Precision ?? 6, 0, 6)})"),
        TypeKind.TimestampTz => TypeMapping.Approx($"datetime({Math.Clamp(type.Precision ?? 6, 0, 6)})",
            $"{SqlDialect.DisplayName} has no time-zone-aware timestamp; datetime is used and values should be stored in UTC."),
        TypeKind.Interval => TypeMapping.Approx("varchar(64)",
            $"{SqlDialect.DisplayName} has no interval type; varchar(64) holding an ISO-8601 duration (e.g. P1DT2H) is used."),
        TypeKind.Json => TypeMapping.Exact("json"),
        TypeKind.Binary => TypeMapping.Exact(type.Length is { } b ? $"varbinary({b})" : "longblob"),
        TypeKind.Enum when enumType is not null =>
            TypeMapping.Exact($"enum({string.Join(",", enumType.Values.Select(SqlDialect.QuoteString))})"),
        _ => TypeMapping.Exact("longtext"),
    };
}

using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects.SqlServer;

/// <summary>
/// SQL Server 2019+ types; strings are Unicode (nvarchar/nchar). Approximations (DDL101/DDL102/DDL103):
/// interval → <c>varchar(64)</c> holding an ISO-8601 duration; json → <c>nvarchar(max)</c> (2019 has no json type;
/// query it with ISJSON/JSON_VALUE); arrays → <c>nvarchar(max)</c> holding a JSON array; enums →
/// <c>nvarchar(longest value)</c> plus a CHECK; lengths beyond 4000 (8000 for binary) → <c>max</c>.
/// </summary>
public sealed class SqlServerTypeMapper : TypeMapper
{
    /// <inheritdoc />
    public override string Dialect => DialectNames.SqlServer;

    /// <inheritdoc />
    protected override string JsonType => "nvarchar(max)";

    /// <inheritdoc />
    protected override TypeMapping MapScalar(LogicalType type, EnumType? enumType) => type.Kind switch
    {
        TypeKind.Uuid => TypeMapping.Exact("uniqueidentifier"),
        TypeKind.Text => TypeMapping.Exact("nvarchar(max)"),
        TypeKind.Varchar when type.Length is { } n and <= 4000 => TypeMapping.Exact($"nvarchar({n})"),
        TypeKind.Varchar => new("nvarchar(max)", DdlCodes.TypeParameterAdjusted,
            "SQL Server's nvarchar holds at most 4000 characters with a length; nvarchar(max) is used."),
        TypeKind.Char when (type.Length ?? 1) <= 4000 => TypeMapping.Exact($"nchar({type.Length ?? 1})"),
        TypeKind.Char => new("nvarchar(max)", DdlCodes.TypeParameterAdjusted,
            "SQL Server's nchar holds at most 4000 characters; nvarchar(max) is used."),
        TypeKind.Int16 => TypeMapping.Exact("smallint"),
        TypeKind.Int32 => TypeMapping.Exact("int"),
        TypeKind.Int64 => TypeMapping.Exact("bigint"),
        TypeKind.Decimal when (type.Precision ?? 18) <= 38 => TypeMapping.Exact($"decimal({type.Precision ?? 18},{type.Scale ?? 0})"),
        TypeKind.Decimal => new($"decimal(38,{Math.Min(type.Scale ?? 0, 38)})", DdlCodes.TypeParameterAdjusted,
            "SQL Server's decimal precision is at most 38."),
        TypeKind.Float32 => TypeMapping.Exact("real"),
        TypeKind.Float64 => TypeMapping.Exact("float"),
        TypeKind.Boolean => TypeMapping.Exact("bit"),
        TypeKind.Date => TypeMapping.Exact("date"),
        TypeKind.Time => TypeMapping.Exact("time" + Fraction(type, 7)),
        TypeKind.Timestamp => TypeMapping.Exact("datetime2" + Fraction(type, 7)),
        TypeKind.TimestampTz => TypeMapping.Exact("datetimeoffset" + Fraction(type, 7)),
        TypeKind.Interval => TypeMapping.Approx("varchar(64)",
            "SQL Server has no interval type; varchar(64) holding an ISO-8601 duration (e.g. P1DT2H) is used."),
        TypeKind.Json => TypeMapping.Approx("nvarchar(max)", "SQL Server 2019 has no json type; nvarchar(max) is used (query it with ISJSON/JSON_VALUE)."),
        TypeKind.Binary when type.Length is { } b and <= 8000 => TypeMapping.Exact($"varbinary({b})"),
        TypeKind.Binary => TypeMapping.Exact("varbinary(max)"),
        TypeKind.Enum when enumType is not null =>
            TypeMapping.Exact($"nvarchar({Math.Clamp(enumType.Values.Select(v => v.Length).DefaultIfEmpty(1).Max(), 1, 4000)})"),
        _ => TypeMapping.Exact("nvarchar(max)"),
    };
}

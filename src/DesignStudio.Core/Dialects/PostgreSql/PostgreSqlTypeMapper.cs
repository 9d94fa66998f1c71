using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects.PostgreSql;

/// <summary>
/// PostgreSQL has every logical type natively: json is stored as <c>jsonb</c>, binary as <c>bytea</c> (a binary
/// length is not enforced), enums as the CREATE TYPE ... AS ENUM type, arrays as <c>element[]</c>.
/// </summary>
public sealed class PostgreSqlTypeMapper(ISqlDialect dialect) : TypeMapper
{
    /// <inheritdoc />
    public override string Dialect => DialectNames.PostgreSql;

    /// <inheritdoc />
    protected override string JsonType => "jsonb";

    /// <inheritdoc />
    protected override TypeMapping MapArray(LogicalType element, EnumType? enumType) =>
        new(MapScalar(element, enumType).Sql + "[]");

    /// <inheritdoc />
    protected override TypeMapping MapScalar(LogicalType type, EnumType? enumType) => type.Kind switch
    {
        TypeKind.Uuid => TypeMapping.Exact("uuid"),
        TypeKind.Text => TypeMapping.Exact("text"),
        TypeKind.Varchar => TypeMapping.Exact(type.Length is { } n ? $"varchar({n})" : "varchar"),
        TypeKind.Char => TypeMapping.Exact($"char({type.Length ?? 1})"),
        TypeKind.Int16 => TypeMapping.Exact("smallint"),
        TypeKind.Int32 => TypeMapping.Exact("integer"),
        TypeKind.Int64 => TypeMapping.Exact("bigint"),
        TypeKind.Decimal => TypeMapping.Exact(type.Precision is { } p ? $"numeric({p},{type.Scale ?? 0})" : "numeric"),
        TypeKind.Float32 => TypeMapping.Exact("real"),
        TypeKind.Float64 => TypeMapping.Exact("double precision"),
        TypeKind.Boolean => TypeMapping.Exact("boolean"),
        TypeKind.Date => TypeMapping.Exact("date"),
        TypeKind.Time => TypeMapping.Exact("time" + Fraction(type, 6)),
        TypeKind.Timestamp => TypeMapping.Exact("timestamp" + Fraction(type, 6)),
        TypeKind.TimestampTz => TypeMapping.Exact("timestamptz" + Fraction(type, 6)),
        TypeKind.Interval => TypeMapping.Exact("interval"),
        TypeKind.Json => TypeMapping.Exact("jsonb"),
        TypeKind.Binary => TypeMapping.Exact("bytea"),
        TypeKind.Enum when enumType is not null => TypeMapping.Exact(
            (enumType.Schema is { } s ? dialect.QuoteIdentifier(s) + "." : "") + dialect.QuoteIdentifier(enumType.Name)),
        _ => TypeMapping.Exact("text"),
    };
}

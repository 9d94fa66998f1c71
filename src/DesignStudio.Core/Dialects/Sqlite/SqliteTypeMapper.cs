using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects.Sqlite;

/// <summary>
/// SQLite declared types (which set a column's affinity). Approximations (DDL101/DDL102): uuid → TEXT (canonical
/// text form); date, time and timestamp → TEXT in ISO-8601 (what SQLite's date functions read and write);
/// timestamptz → TEXT in ISO-8601 with a UTC offset; interval → TEXT holding an ISO-8601 duration; json → TEXT
/// (queried with SQLite's JSON functions); arrays → TEXT holding a JSON array. Lengths are declared but not enforced.
/// </summary>
public sealed class SqliteTypeMapper : TypeMapper
{
    /// <inheritdoc />
    public override string Dialect => DialectNames.Sqlite;

    /// <inheritdoc />
    protected override string JsonType => "TEXT";

    /// <inheritdoc />
    protected override TypeMapping MapScalar(LogicalType type, EnumType? enumType) => type.Kind switch
    {
        TypeKind.Uuid => TypeMapping.Approx("TEXT", "SQLite has no uuid type; TEXT holding the canonical form is used."),
        TypeKind.Text => TypeMapping.Exact("TEXT"),
        TypeKind.Varchar => TypeMapping.Exact(type.Length is { } n ? $"VARCHAR({n})" : "TEXT"),
        TypeKind.Char => TypeMapping.Exact($"CHAR({type.Length ?? 1})"),
        TypeKind.Int16 => TypeMapping.Exact("SMALLINT"),
        TypeKind.Int32 => TypeMapping.Exact("INTEGER"),
        TypeKind.Int64 => TypeMapping.Exact("BIGINT"),
        TypeKind.Decimal => TypeMapping.Exact(type.Precision is { } p ? $"NUMERIC({p},{type.Scale ?? 0})" : "NUMERIC"),
        TypeKind.Float32 => TypeMapping.Exact("REAL"),
        TypeKind.Float64 => TypeMapping.Exact("DOUBLE"),
        TypeKind.Boolean => TypeMapping.Exact("BOOLEAN"),
        TypeKind.Date or TypeKind.Time or TypeKind.Timestamp => TypeMapping.Approx("TEXT",
            $"SQLite has no {LogicalTypeText.NameOf(type.Kind)} type; TEXT in ISO-8601 form is used."),
        TypeKind.TimestampTz => TypeMapping.Approx("TEXT",
            "SQLite has no timestamptz type; TEXT in ISO-8601 form with a UTC offset (e.g. 2024-01-31T12:00:00Z) is used."),
        TypeKind.Interval => TypeMapping.Approx("TEXT", "SQLite has no interval type; TEXT holding an ISO-8601 duration (e.g. P1DT2H) is used."),
        TypeKind.Json => TypeMapping.Approx("TEXT", "SQLite has no json type; TEXT queried with SQLite's JSON functions is used."),
        TypeKind.Binary => TypeMapping.Exact("BLOB"),
        _ => TypeMapping.Exact("TEXT"),
    };
}

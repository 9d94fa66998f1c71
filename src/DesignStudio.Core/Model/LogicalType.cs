namespace DesignStudio.Core.Model;

/// <summary>
/// A portable column type. Each dialect's type mapper turns it into native SQL; where a dialect lacks the type,
/// the mapper picks the documented closest type and reports a diagnostic.
/// </summary>
public sealed record LogicalType
{
    /// <summary>The kind of type.</summary>
    public required TypeKind Kind { get; init; }

    /// <summary>Length for <see cref="TypeKind.Varchar"/>, <see cref="TypeKind.Char"/> and optionally <see cref="TypeKind.Binary"/>.</summary>
    public int? Length { get; init; }

    /// <summary>Precision for <see cref="TypeKind.Decimal"/> (and fractional-second precision for temporal types).</summary>
    public int? Precision { get; init; }

    /// <summary>Scale for <see cref="TypeKind.Decimal"/>.</summary>
    public int? Scale { get; init; }

    /// <summary>For <see cref="TypeKind.Enum"/>: the id of the <see cref="EnumType"/>.</summary>
    public string? EnumId { get; init; }

    /// <summary>Whether this is an array of the element type (PostgreSQL; elsewhere approximated).</summary>
    public bool IsArray { get; init; }

    /// <summary>A type of the given kind without parameters.</summary>
    public static LogicalType Of(TypeKind kind) => new() { Kind = kind };

    /// <summary>varchar(n).</summary>
    public static LogicalType Varchar(int length) => new() { Kind = TypeKind.Varchar, Length = length };

    /// <summary>char(n).</summary>
    public static LogicalType Char(int length) => new() { Kind = TypeKind.Char, Length = length };

    /// <summary>decimal(p, s).</summary>
    public static LogicalType Decimal(int precision, int scale) =>
        new() { Kind = TypeKind.Decimal, Precision = precision, Scale = scale };

    /// <summary>A column of the given enum.</summary>
    public static LogicalType Enum(string enumId) => new() { Kind = TypeKind.Enum, EnumId = enumId };

    /// <summary>An array of this type.</summary>
    public LogicalType AsArray() => this with { IsArray = true };

    /// <summary>Shorthands used in tests and samples.</summary>
    public static LogicalType Int32 => Of(TypeKind.Int32);

    /// <inheritdoc cref="Int32"/>
    public static LogicalType Int64 => Of(TypeKind.Int64);

    /// <inheritdoc cref="Int32"/>
    public static LogicalType Text => Of(TypeKind.Text);

    /// <inheritdoc cref="Int32"/>
    public static LogicalType Boolean => Of(TypeKind.Boolean);

    /// <inheritdoc cref="Int32"/>
    public static LogicalType Uuid => Of(TypeKind.Uuid);

    /// <inheritdoc cref="Int32"/>
    public static LogicalType TimestampTz => Of(TypeKind.TimestampTz);

    /// <summary>Whether the kind is an integer type.</summary>
    public bool IsInteger => Kind is TypeKind.Int16 or TypeKind.Int32 or TypeKind.Int64;

    /// <summary>Whether values of this type are written as quoted strings in SQL literals.</summary>
    public bool IsQuotedLiteral => Kind is not (TypeKind.Int16 or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Decimal
        or TypeKind.Float32 or TypeKind.Float64 or TypeKind.Boolean);

    /// <summary>A short portable spelling, e.g. <c>varchar(255)</c>, <c>decimal(10,2)</c>, <c>int64[]</c>.</summary>
    public override string ToString() => LogicalTypeText.Format(this);
}

/// <summary>The portable type kinds.</summary>
public enum TypeKind
{
    /// <summary>UUID.</summary>
    Uuid,
    /// <summary>Unbounded text.</summary>
    Text,
    /// <summary>Variable-length string with a maximum length.</summary>
    Varchar,
    /// <summary>Fixed-length string.</summary>
    Char,
    /// <summary>16-bit integer.</summary>
    Int16,
    /// <summary>32-bit integer.</summary>
    Int32,
    /// <summary>64-bit integer.</summary>
    Int64,
    /// <summary>Exact decimal with precision and scale.</summary>
    Decimal,
    /// <summary>Single-precision float.</summary>
    Float32,
    /// <summary>Double-precision float.</summary>
    Float64,
    /// <summary>Boolean.</summary>
    Boolean,
    /// <summary>Calendar date.</summary>
    Date,
    /// <summary>Time of day.</summary>
    Time,
    /// <summary>Timestamp without time zone.</summary>
    Timestamp,
    /// <summary>Timestamp with time zone.</summary>
    TimestampTz,
    /// <summary>Time interval.</summary>
    Interval,
    /// <summary>JSON document.</summary>
    Json,
    /// <summary>Binary data.</summary>
    Binary,
    /// <summary>A value of an <see cref="EnumType"/>.</summary>
    Enum,
}

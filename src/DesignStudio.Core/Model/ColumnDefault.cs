namespace DesignStudio.Core.Model;

/// <summary>A column default: a literal value, a well-known portable function, or raw SQL text.</summary>
public sealed record ColumnDefault
{
    /// <summary>Which kind of default.</summary>
    public required DefaultKind Kind { get; init; }

    /// <summary>
    /// For <see cref="DefaultKind.Literal"/>: the value, unquoted (e.g. <c>active</c>, <c>0</c>, <c>true</c>);
    /// generators quote it according to the column type. For <see cref="DefaultKind.Expression"/>: SQL text emitted
    /// verbatim. Unused for the portable functions.
    /// </summary>
    public string? Value { get; init; }

    /// <summary>A literal default.</summary>
    public static ColumnDefault Literal(string value) => new() { Kind = DefaultKind.Literal, Value = value };

    /// <summary>A raw SQL expression default, emitted verbatim.</summary>
    public static ColumnDefault Expression(string sql) => new() { Kind = DefaultKind.Expression, Value = sql };

    /// <summary>The current timestamp in each dialect's native form.</summary>
    public static ColumnDefault CurrentTimestamp { get; } = new() { Kind = DefaultKind.CurrentTimestamp };

    /// <summary>The current date in each dialect's native form.</summary>
    public static ColumnDefault CurrentDate { get; } = new() { Kind = DefaultKind.CurrentDate };

    /// <summary>A random UUID in each dialect's native form.</summary>
    public static ColumnDefault RandomUuid { get; } = new() { Kind = DefaultKind.RandomUuid };
}

/// <summary>Kinds of column default.</summary>
public enum DefaultKind
{
    /// <summary>A constant value, quoted per column type.</summary>
    Literal,

    /// <summary>Raw SQL expression text.</summary>
    Expression,

    /// <summary>Current timestamp (now()).</summary>
    CurrentTimestamp,

    /// <summary>Current date.</summary>
    CurrentDate,

    /// <summary>A random (version 4) UUID.</summary>
    RandomUuid,
}

namespace DesignStudio.Core.Exports;

/// <summary>Options shared by the exporters.</summary>
public sealed record ExportOptions
{
    /// <summary>No dialect, no extra information.</summary>
    public static ExportOptions Default { get; } = new();

    /// <summary>
    /// Target dialect (<see cref="Dialects.DialectNames"/>), or null for portable output. DBML writes it as the
    /// project's database_type and uses the columns' native type overrides for it.
    /// </summary>
    public string? Dialect { get; init; }

    /// <summary>
    /// Normal-form status per table id (e.g. "3NF", "2NF: zip → city violates 3NF"), shown by the data dictionaries
    /// where present. Supplied by the caller because normal-form analysis lives elsewhere.
    /// </summary>
    public IReadOnlyDictionary<string, string>? NormalFormStatus { get; init; }
}

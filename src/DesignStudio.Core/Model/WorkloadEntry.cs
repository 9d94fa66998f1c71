namespace DesignStudio.Core.Model;

/// <summary>
/// One query of the workload attached to a design: the SQL the application runs, in which dialect's syntax, and how
/// often compared with the other queries. The index advisor proposes and proves indexes for it.
/// </summary>
public sealed record WorkloadEntry
{
    /// <summary>Stable id (edits and removals find the entry by it).</summary>
    public required string Id { get; init; }

    /// <summary>Optional short name, e.g. "latest posts of a user".</summary>
    public string? Name { get; init; }

    /// <summary>The query text (SELECT, UPDATE or DELETE; placeholders such as <c>$1</c> or <c>?</c> allowed).</summary>
    public required string Sql { get; init; }

    /// <summary>The syntax of <see cref="Sql"/> (<see cref="Dialects.DialectNames"/>), or null for the advisor's default.</summary>
    public string? Dialect { get; init; }

    /// <summary>Relative frequency (positive; 1 when not stated).</summary>
    public double Frequency { get; init; } = 1;
}

using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Engines.IndexAdvisor;

/// <summary>The planner's verdict on a workload's index candidates.</summary>
public sealed record VerificationReport
{
    /// <summary>Engine that planned (<see cref="DesignStudio.Core.Dialects.DialectNames"/>).</summary>
    public required string Engine { get; init; }

    /// <summary>Whether candidates were hypothetical (HypoPG) rather than built.</summary>
    public bool Hypothetical { get; init; }

    /// <summary>One entry per workload query.</summary>
    public IReadOnlyList<QueryPlanChange> Queries { get; init; } = [];

    /// <summary>One verdict per candidate.</summary>
    public IReadOnlyList<CandidateVerdict> Verdicts { get; init; } = [];

    /// <summary>Rows generated per table name.</summary>
    public IReadOnlyDictionary<string, long> Rows { get; init; } = new Dictionary<string, long>();

    /// <summary>Problems creating the schema or filling it.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Wall-clock time of the whole verification, scratch database included.</summary>
    public TimeSpan Elapsed { get; init; }
}

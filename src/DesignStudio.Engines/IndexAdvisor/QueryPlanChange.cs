namespace DesignStudio.Engines.IndexAdvisor;

/// <summary>One workload query planned before and after the candidate indexes.</summary>
public sealed record QueryPlanChange
{
    /// <summary>0-based number of the query in the workload.</summary>
    public required int QueryNumber { get; init; }

    /// <summary>The query text.</summary>
    public required string Sql { get; init; }

    /// <summary>Planner cost before (PostgreSQL total cost; SQLite has none: null).</summary>
    public double? CostBefore { get; init; }

    /// <summary>Planner cost with the chosen candidates.</summary>
    public double? CostAfter { get; init; }

    /// <summary>Compact plan before, e.g. <c>Limit → Sort → Seq Scan on posts</c>.</summary>
    public string PlanBefore { get; init; } = "";

    /// <summary>Compact plan after.</summary>
    public string PlanAfter { get; init; } = "";

    /// <summary>The full plan before, as the engine printed it (EXPLAIN JSON or EXPLAIN QUERY PLAN rows).</summary>
    public string RawPlanBefore { get; init; } = "";

    /// <summary>The full plan after.</summary>
    public string RawPlanAfter { get; init; } = "";

    /// <summary>Names of the candidate indexes the plan after uses.</summary>
    public IReadOnlyList<string> CandidatesUsed { get; init; } = [];

    /// <summary>Why the query could not be planned (syntax of another dialect, unknown names), or null.</summary>
    public string? Error { get; init; }
}

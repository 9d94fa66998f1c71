using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Analysis.IndexAdvisor;

/// <summary>What one workload query filters, joins, sorts, groups and reads, resolved to design tables and columns.</summary>
public sealed record QueryAnalysis
{
    /// <summary>The query as given.</summary>
    public required WorkloadQuery Query { get; init; }

    /// <summary>The statement kind.</summary>
    public QueryKind Kind { get; init; }

    /// <summary>Tables in FROM / JOIN / UPDATE / DELETE FROM order, by id.</summary>
    public IReadOnlyList<string> TableIds { get; init; } = [];

    /// <summary>WHERE (and JOIN ... ON) conjuncts on one column compared with a value.</summary>
    public IReadOnlyList<ColumnPredicate> Predicates { get; init; } = [];

    /// <summary>Columns compared with a column of another table (join columns).</summary>
    public IReadOnlyList<ColumnRef> JoinColumns { get; init; } = [];

    /// <summary>ORDER BY columns with direction.</summary>
    public IReadOnlyList<ColumnRef> OrderBy { get; init; } = [];

    /// <summary>GROUP BY columns.</summary>
    public IReadOnlyList<ColumnRef> GroupBy { get; init; } = [];

    /// <summary>LIMIT, when a literal or placeholder follows it (placeholders count as a small limit: 0 means unknown).</summary>
    public long? Limit { get; init; }

    /// <summary>Columns read by the select list (for covering indexes).</summary>
    public IReadOnlyList<ColumnRef> SelectedColumns { get; init; } = [];

    /// <summary>Whether the select list holds <c>*</c> (no covering index is proposed).</summary>
    public bool SelectsAll { get; init; }

    /// <summary>Columns an UPDATE assigns.</summary>
    public IReadOnlyList<ColumnRef> UpdatedColumns { get; init; } = [];

    /// <summary>Unknown tables or columns and unsupported syntax.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}

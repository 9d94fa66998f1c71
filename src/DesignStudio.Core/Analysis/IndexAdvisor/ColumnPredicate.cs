namespace DesignStudio.Core.Analysis.IndexAdvisor;

/// <summary>One WHERE conjunct on a column of a table of the query.</summary>
/// <param name="TableId">The table.</param>
/// <param name="ColumnId">The column.</param>
/// <param name="Kind">How it restricts the column.</param>
/// <param name="Text">The conjunct's SQL text as written (with the table qualifier removed for constant predicates,
/// so it can serve as a partial-index predicate).</param>
public sealed record ColumnPredicate(string TableId, string ColumnId, PredicateKind Kind, string Text)
{
    /// <summary>For full-text predicates: the indexable expression, e.g. <c>to_tsvector('english', content)</c>.</summary>
    public string? Expression { get; init; }
}

namespace DesignStudio.Core.Analysis.IndexAdvisor;

/// <summary>A column of a table of the query, with a sort direction where one applies (ORDER BY).</summary>
/// <param name="TableId">The table.</param>
/// <param name="ColumnId">The column.</param>
/// <param name="Descending">Sorted descending.</param>
public sealed record ColumnRef(string TableId, string ColumnId, bool Descending = false);

namespace DesignStudio.Core.Analysis.NormalForms.Decompositions;

/// <summary>
/// A decomposition turned into concrete tables and data-moving SQL, ready to become model operations
/// (add tables, add foreign keys, run the inserts, then drop or keep the original).
/// </summary>
/// <param name="SourceTableId">The table being decomposed.</param>
/// <param name="Tables">New tables in insert order (referenced tables first).</param>
/// <param name="Notes">Caveats, e.g. that the inserts fail if the data breaks a dependency the plan relies on.</param>
public sealed record DecompositionPlan(string SourceTableId, IReadOnlyList<PlannedTable> Tables, IReadOnlyList<string> Notes)
{
    /// <summary>All inserts, in order, as one script.</summary>
    public string Script => string.Join("\n", Tables.Select(t => t.InsertSql));
}

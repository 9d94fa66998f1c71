namespace DesignStudio.Core.Analysis.NormalForms.Tables;

/// <summary>The design-wide normalization panel: every table's analysis and a count per normal form.</summary>
/// <param name="Tables">One entry per table, in design order.</param>
public sealed record NormalizationReport(IReadOnlyList<TableNormalization> Tables)
{
    /// <summary>How many tables reach each normal form (as their badge shows it).</summary>
    public IReadOnlyDictionary<NormalForm, int> CountByForm =>
        Enum.GetValues<NormalForm>().ToDictionary(f => f, f => Tables.Count(t => t.NormalForm == f));

    /// <summary>Tables below BCNF or with 1NF findings or hints: the ones worth a look.</summary>
    public IEnumerable<TableNormalization> NeedingAttention =>
        Tables.Where(t => t.NormalForm < NormalForm.BoyceCodd || t.FirstNormalFormFindings.Count > 0 || t.Hints.Count > 0);
}

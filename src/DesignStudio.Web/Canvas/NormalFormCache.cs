using System.Runtime.CompilerServices;
using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Core.Analysis.NormalForms.Tables;
using DesignStudio.Core.Model;

namespace DesignStudio.Web.Canvas;

/// <summary>
/// Normal-form summaries cached per <see cref="Table"/> instance: the model is immutable, so an unchanged table keeps
/// its summary across design changes and an edited table (a new instance) is analysed once, on first use.
/// </summary>
public static class NormalFormCache
{
    private static readonly ConditionalWeakTable<Table, TableFormSummary> Summaries = [];

    /// <summary>The summary of <paramref name="table"/>, computed on first use.</summary>
    public static TableFormSummary Of(Table table) => Summaries.GetValue(table, Compute);

    private static TableFormSummary Compute(Table table)
    {
        var relation = TableRelation.From(table);
        var analysis = NormalFormAnalyzer.Analyze(relation.Relation);
        var findings = FirstNormalFormChecker.Check(table, null);
        var form = findings.Any(f => f.BreaksFirstNormalForm) ? NormalForm.Unnormalized : analysis.NormalForm;
        return new TableFormSummary(form, relation, analysis, findings);
    }
}

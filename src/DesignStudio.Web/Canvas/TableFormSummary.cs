using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Core.Analysis.NormalForms.Tables;

namespace DesignStudio.Web.Canvas;

/// <summary>What the badge and the normalization panel show of one table.</summary>
/// <param name="Form">The normal form met (UNF when a strong 1NF finding exists).</param>
/// <param name="Relation">The table as a relation.</param>
/// <param name="Analysis">Keys and violations.</param>
/// <param name="Findings">1NF findings.</param>
public sealed record TableFormSummary(NormalForm Form, TableRelation Relation, RelationAnalysis Analysis, IReadOnlyList<FirstNormalFormFinding> Findings)
{
    /// <summary>The badge colours of a form: BCNF green, 3NF teal, 2NF amber, 1NF and UNF red.</summary>
    public static (string Background, string Text) Colours(NormalForm form) => form switch
    {
        NormalForm.BoyceCodd => ("#2e7d32", "#ffffff"),
        NormalForm.Third => ("#00796b", "#ffffff"),
        NormalForm.Second => ("#f9a825", "#000000"),
        _ => ("#c62828", "#ffffff"),
    };
}

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
    /// <summary>
    /// The badge's colour class (app.css): BCNF green, 3NF teal, 2NF amber, 1NF and UNF red. A class, not an inline
    /// style: the style was 150 bytes per visible node in every render batch.
    /// </summary>
    public static string ColourClass(NormalForm form) => form switch
    {
        NormalForm.BoyceCodd => "ds-nf-bcnf",
        NormalForm.Third => "ds-nf-3nf",
        NormalForm.Second => "ds-nf-2nf",
        _ => "ds-nf-low",
    };
}

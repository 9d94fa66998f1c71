using DesignStudio.Core.Model;

namespace DesignStudio.Web.Components.Pages.Designer;

// What the design page's analyses are computed for (see AnalysisDesign).
public partial class DesignPage
{
    private Design? analysisDesign;
    private Design? layoutCheckedFor;

    /// <summary>
    /// The design the analyses (validation, lint badges, normal forms, DDL) are computed for: the current design, except
    /// that a change of layout only (tables or notes moved, see <see cref="LayoutChange"/>) keeps the earlier one, so a
    /// drag does not re-validate, re-lint or regenerate anything. Views that edit must use the current design instead.
    /// </summary>
    private Design AnalysisDesign
    {
        get
        {
            var current = design!;
            if (!ReferenceEquals(layoutCheckedFor, current))
            {
                layoutCheckedFor = current;
                if (analysisDesign is null || !LayoutChange.IsLayoutOnly(analysisDesign, current)) analysisDesign = current;
            }
            return analysisDesign!;
        }
    }
}

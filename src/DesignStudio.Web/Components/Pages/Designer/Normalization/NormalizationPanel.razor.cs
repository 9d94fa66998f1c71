using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Core.Model;
using DesignStudio.Web.Canvas;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer.Normalization;

/// <summary>
/// Every table's normal form and violations in one list (analyses cached per table instance, shared with the canvas
/// badges); clicking a table focuses it.
/// </summary>
public partial class NormalizationPanel
{
    /// <summary>The design.</summary>
    [Parameter, EditorRequired] public Design Design { get; set; } = default!;

    /// <summary>Raised with a table id when the user picks a table.</summary>
    [Parameter] public EventCallback<string> OnFocus { get; set; }

    private string Summary
    {
        get
        {
            var counts = Design.Tables.GroupBy(t => NormalFormCache.Of(t).Form).OrderByDescending(g => g.Key)
                .Select(g => $"{g.Count()} in {g.Key.ToLabel()}");
            return $"{Design.Tables.Count} tables: " + string.Join(", ", counts) + ".";
        }
    }
}

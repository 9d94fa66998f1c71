using DesignStudio.Core.Model;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer.Tables;

/// <summary>
/// The design's tables as a list of plain buttons, at most <see cref="MaxShown"/> of them: a 1,000-table design would
/// otherwise put thousands of elements into the page (and the circuit) that nobody scrolls through. Larger designs get
/// a filter box; the canvas's "Find a table" jumps to any table as well.
/// </summary>
public partial class TableList
{
    /// <summary>How many tables the list shows at once.</summary>
    public const int MaxShown = 100;

    /// <summary>From how many tables on the list offers its filter box.</summary>
    public const int FilterFrom = 10;

    private string? filter;
    private List<Table> shown = [];
    private int matching;

    /// <summary>The design whose tables are listed.</summary>
    [Parameter, EditorRequired] public Design Design { get; set; } = default!;

    /// <summary>The selected table's id, marked as current in the list.</summary>
    [Parameter] public string? SelectedTableId { get; set; }

    /// <summary>Called with a table's id when it is picked.</summary>
    [Parameter] public EventCallback<string> OnSelect { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet() => Filter();

    private void SetFilter(ChangeEventArgs e)
    {
        filter = e.Value?.ToString();
        Filter();
    }

    private void Filter()
    {
        var text = filter?.Trim();
        shown = [];
        matching = 0;
        foreach (var table in Design.Tables)
        {
            if (!string.IsNullOrEmpty(text) && !table.QualifiedName.Contains(text, StringComparison.OrdinalIgnoreCase)) continue;
            matching++;
            if (shown.Count < MaxShown) shown.Add(table);
        }
    }
}

using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer.Advisor;

/// <summary>
/// Edits a table's row estimate and its columns' distinct counts and null fractions: what the index advisor's static
/// advice and the synthetic rows of its planner proof are built from. Saved as one undoable operation.
/// </summary>
public partial class DataEstimatesEditor
{
    private Table? shown;
    private bool open; // the <details> element is open (the browser toggles it; the toggle event tells us)
    private long? rows;
    private readonly Dictionary<string, long?> distinct = [];
    private readonly Dictionary<string, double?> nulls = [];

    /// <summary>The table.</summary>
    [Parameter, EditorRequired] public Table Table { get; set; } = null!;

    /// <summary>Applies an edit; true when it applied.</summary>
    [Parameter] public Func<DesignOperation, Task<bool>>? OnOperation { get; set; }

    /// <summary>Whether editing is blocked.</summary>
    [Parameter] public bool Disabled { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (ReferenceEquals(shown, Table)) return;
        shown = Table;
        rows = Table.RowEstimate;
        distinct.Clear();
        nulls.Clear();
    }

    private long? Distinct(string columnId) => distinct.TryGetValue(columnId, out var v) ? v : Table.FindColumn(columnId)?.DistinctEstimate;

    private double? Nulls(string columnId) => nulls.TryGetValue(columnId, out var v) ? v : Table.FindColumn(columnId)?.NullFraction;

    private IEnumerable<Column> ChangedColumns => Table.Columns
        .Where(c => Distinct(c.Id) != c.DistinctEstimate || Nulls(c.Id) != c.NullFraction)
        .Select(c => c with { DistinctEstimate = Distinct(c.Id), NullFraction = Nulls(c.Id) is { } f ? Math.Clamp(f, 0, 1) : null });

    private bool Changed => rows != Table.RowEstimate || ChangedColumns.Any();

    private async Task SaveAsync()
    {
        var steps = new List<DesignOperation>();
        if (rows != Table.RowEstimate) steps.Add(new SetTableRowEstimate(Table.Id, rows));
        steps.AddRange(ChangedColumns.Select(c => new UpdateColumn(Table.Id, c)));
        if (steps.Count == 0 || OnOperation is null) return;
        if (await OnOperation(new CompositeOperation(steps.ToValueList(), $"Data estimates of {Table.Name}")))
        {
            distinct.Clear();
            nulls.Clear();
        }
    }
}

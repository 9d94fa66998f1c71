using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer.Normalization;

/// <summary>
/// Lists a table's functional dependencies (those its primary key and unique constraints imply, then the declared ones)
/// and adds or removes declared ones through <see cref="AddFunctionalDependency"/> / <see cref="RemoveFunctionalDependency"/>.
/// </summary>
public partial class DependencyEditor
{
    private readonly HashSet<string> left = [];
    private readonly HashSet<string> right = [];
    private string? shownTableId;

    /// <summary>The table.</summary>
    [Parameter, EditorRequired] public Table Table { get; set; } = default!;

    /// <summary>Raised with each edit; the page applies it (undoable) and reports whether it applied.</summary>
    [Parameter] public Func<DesignOperation, Task<bool>> OnOperation { get; set; } = _ => Task.FromResult(false);

    /// <summary>Whether editing is blocked.</summary>
    [Parameter] public bool Disabled { get; set; }

    private IEnumerable<(string Text, string Source)> Implied
    {
        get
        {
            var all = Table.Columns.Select(c => c.Id).ToList();
            if (Table.PrimaryKey is { } pk) yield return (DependencyText.Of(Table, pk.ColumnIds, all.Except(pk.ColumnIds)), "primary key");
            foreach (var u in Table.Uniques) yield return (DependencyText.Of(Table, u.ColumnIds, all.Except(u.ColumnIds)), "unique " + (u.Name ?? ""));
        }
    }

    private string? Problem =>
        right.Count == 0 ? "Pick at least one column on the right side."
        : right.IsSubsetOf(left) ? "The right side must name a column that is not on the left side."
        : null;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (shownTableId == Table.Id) return;
        shownTableId = Table.Id;
        left.Clear();
        right.Clear();
    }

    internal static string SourceText(DependencySource source) => source switch
    {
        DependencySource.Hint => "accepted hint",
        DependencySource.Discovered => "discovered",
        _ => "declared",
    };

    private static void Toggle(HashSet<string> set, string id, bool on)
    {
        if (on) set.Add(id);
        else set.Remove(id);
    }

    private async Task AddAsync()
    {
        if (Problem is not null) return;
        // Keep column order, and leave left-side columns out of the right side (trivial parts).
        var lhs = Table.Columns.Where(c => left.Contains(c.Id)).Select(c => c.Id).ToValueList();
        var rhs = Table.Columns.Where(c => right.Contains(c.Id) && !left.Contains(c.Id)).Select(c => c.Id).ToValueList();
        var fd = new FunctionalDependency { Id = ObjectId.New("fd"), DeterminantIds = lhs, DependentIds = rhs };
        if (await OnOperation(new AddFunctionalDependency(Table.Id, fd)))
        {
            left.Clear();
            right.Clear();
        }
    }

    private Task RemoveAsync(FunctionalDependency fd) => OnOperation(new RemoveFunctionalDependency(Table.Id, fd.Id));
}

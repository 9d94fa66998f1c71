using System.Globalization;
using DesignStudio.Core.Diagnostics;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace DesignStudio.Web.Canvas;

/// <summary>
/// Draws one table: name, schema, diagnostics badge, and its columns with type and PK/FK/UQ/NN markers, as plain
/// HTML with the fixed geometry of <see cref="TableNodeGeometry"/>. Every name is rendered as text.
/// </summary>
public partial class TableNodeWidget
{
    private ElementReference renameInput;
    private string? newName;
    private bool focusRename;

    /// <summary>The node (the library passes it by this name).</summary>
    [Parameter] public TableNodeModel Node { get; set; } = null!;

    /// <summary>Canvas commands (rename, diagnostics).</summary>
    [CascadingParameter] public ICanvasCommands? Commands { get; set; }

    private string NodeStyle => "height: " + Px(Node.Size?.Height ?? 0) + (Node.Viewers.Count > 0 ? "; outline-color: " + Node.Viewers[0].Colour : "");

    private string ViewerNames => string.Join(", ", Node.Viewers.Select(v => v.Name));

    private string BadgeClass => Node.WorstSeverity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private string? DiffWord => Node.DiffMark is { } mark ? DiffHighlights.Word(mark) : null;

    private string? DiffClass => DiffWord is { } word ? "ds-diff-" + word : null;

    private string? DiffSuffix => DiffWord is { } word ? " (" + word + ")" : null;

    /// <summary>The key markers of a row, e.g. <c>PK FK</c>.</summary>
    public static string Markers(ColumnRow row)
    {
        var parts = new List<string>(4);
        if (row.PrimaryKey) parts.Add("PK");
        if (row.ForeignKey) parts.Add("FK");
        if (row.Unique) parts.Add("UQ");
        if (row.NotNull && !row.PrimaryKey) parts.Add("NN");
        return string.Join(" ", parts);
    }

    private static string Px(double value) => value.ToString(CultureInfo.InvariantCulture) + "px";

    private void StartRename()
    {
        if (Commands is null) return;
        newName = null;
        focusRename = true;
        Commands.StartRename(Node.TableId);
    }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusRename || Commands?.RenamingTableId != Node.TableId) return;
        focusRename = false;
        try { await renameInput.FocusAsync(); }
        catch (InvalidOperationException) { /* not rendered (yet) */ }
    }

    private async Task OnRenameKeyAsync(KeyboardEventArgs e)
    {
        if (Commands is null) return;
        if (e.Key == "Escape") await Commands.FinishRenameAsync(Node.TableId, null);
        else if (e.Key == "Enter") await CommitRenameAsync();
    }

    private async Task CommitRenameAsync()
    {
        if (Commands is null || Commands.RenamingTableId != Node.TableId) return;
        var name = newName;
        newName = null;
        await Commands.FinishRenameAsync(Node.TableId, string.IsNullOrWhiteSpace(name) ? null : name.Trim());
    }

    private Task ShowDiagnosticsAsync() => Commands?.ShowDiagnosticsAsync(Node.TableId) ?? Task.CompletedTask;
}

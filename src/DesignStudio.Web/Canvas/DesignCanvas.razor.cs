using Blazor.Diagrams;
using Blazor.Diagrams.Core.Behaviors;
using Blazor.Diagrams.Core.Models.Base;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace DesignStudio.Web.Canvas;

/// <summary>
/// The ER canvas: a Blazor.Diagrams diagram projected from the design. Every change made on it (move, connect,
/// rename, delete, duplicate, paste, collapse) is turned into a Core operation and handed to <see cref="OnOperation"/>,
/// so the page's edit session makes it undoable and saves it; the canvas then follows the new design.
/// </summary>
public partial class DesignCanvas : IDisposable, ICanvasCommands
{
    private DiagramProjection projection = null!;
    private CanvasVirtualizer virtualizer = null!;
    private Design? projected;
    private IReadOnlyList<Diagnostic>? projectedDiagnostics;
    private DiffHighlights? projectedHighlights;
    private IReadOnlyList<Table> clipboard = [];
    private bool showHelp;
    private bool showMinimap; // off by default: the minimap draws a widget per table
    private bool searching;
    private string? search;
    private ElementReference searchInput;

    /// <summary>The diagram (exposed for tests and measurements).</summary>
    public BlazorDiagram Diagram { get; private set; } = null!;

    /// <summary>The projection of the design onto <see cref="Diagram"/>.</summary>
    public DiagramProjection Projection => projection;

    /// <summary>What is rendered for the current view (exposed for tests and measurements).</summary>
    public CanvasVirtualizer Virtualizer => virtualizer;

    /// <summary>The design to show.</summary>
    [Parameter, EditorRequired] public Design Design { get; set; } = null!;

    /// <summary>Diagnostics, shown as badges on their tables.</summary>
    [Parameter] public IReadOnlyList<Diagnostic> Diagnostics { get; set; } = [];

    /// <summary>Applies an operation; true when it applied.</summary>
    [Parameter] public Func<DesignOperation, Task<bool>>? OnOperation { get; set; }

    /// <summary>Raised when a table is selected on the canvas.</summary>
    [Parameter] public EventCallback<string> OnSelect { get; set; }

    /// <summary>Undo (Ctrl+Z).</summary>
    [Parameter] public EventCallback OnUndo { get; set; }

    /// <summary>Redo (Ctrl+Y, Ctrl+Shift+Z).</summary>
    [Parameter] public EventCallback OnRedo { get; set; }

    /// <summary>Raised when the user asks to see a table's diagnostics (badge click).</summary>
    [Parameter] public EventCallback<string> OnShowDiagnostics { get; set; }

    /// <summary>Tables and columns to colour as added, removed or changed (the compare view); null for none.</summary>
    [Parameter] public DiffHighlights? Highlights { get; set; }

    /// <summary>Other people on the design: their selected tables get an outline in their colour.</summary>
    [Parameter] public IReadOnlyList<Collaboration.PresenceEntry> Presence { get; set; } = [];

    /// <summary>Whether editing is blocked (e.g. after a save conflict).</summary>
    [Parameter] public bool Disabled { get; set; }

    /// <summary>Drawn over the diagram (e.g. live pointers), with the diagram cascaded.</summary>
    [Parameter] public RenderFragment? Overlay { get; set; }

    /// <summary>Whether the canvas is dark: the site's theme unless the canvas's own toggle overrode it.</summary>
    public bool Dark => darkOverride ?? SiteDarkMode;

    private bool? darkOverride;

    /// <inheritdoc />
    public string? RenamingTableId { get; private set; }

    /// <inheritdoc />
    protected override void OnInitialized()
    {
        Diagram = new BlazorDiagram(new() { AllowMultiSelection = true, GridSize = null });
        Diagram.Options.Links.RequireTarget = true;
        Diagram.Options.Zoom.Minimum = 0.1;
        Diagram.RegisterComponent<TableNodeModel, TableNodeWidget>();
        Diagram.RegisterComponent<ForeignKeyLinkModel, ForeignKeyLinkWidget>();
        // The library's Delete shortcut would remove nodes behind the model's back: all keys go through operations.
        Diagram.UnregisterBehavior<KeyboardShortcutsBehavior>();
        Diagram.PointerUp += OnPointerUp;
        Diagram.SelectionChanged += OnSelectionChanged;
        Diagram.Links.Added += OnLinkAdded;
        projection = new DiagramProjection(Diagram);
        InitializeObjects();
        virtualizer = new CanvasVirtualizer(Diagram, projection);
        WatchComments();
    }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        var designChanged = !ReferenceEquals(projected, Design);
        if (designChanged || !ReferenceEquals(projectedDiagnostics, Diagnostics) || !ReferenceEquals(projectedHighlights, Highlights))
        {
            projected = Design;
            projectedDiagnostics = Diagnostics;
            projectedHighlights = Highlights;
            Diagram.Batch(() =>
            {
                projection.Sync(Design, Diagnostics);
                objects.Sync(Design, projection.Nodes);
                SyncCommentCounts();
                ApplyHighlights();
                virtualizer.Update();
            });
        }
        SyncLintBadges();
        if (designChanged || !ReferenceEquals(projectedPresence, Presence))
        {
            projectedPresence = Presence;
            ShowPresence();
        }
    }

    private IReadOnlyList<Collaboration.PresenceEntry>? projectedPresence;

    // Marks are view state on the nodes; only nodes whose marks changed re-render.
    private void ApplyHighlights()
    {
        foreach (var node in projection.Nodes.Values)
        {
            var mark = Highlights?.TableMark(node.TableId);
            var columns = Highlights?.ColumnMarks(node.TableId) ?? new Dictionary<string, DiffMark>();
            if (node.DiffMark == mark && node.ColumnDiffMarks.Count == columns.Count && !columns.Except(node.ColumnDiffMarks).Any()) continue;
            node.DiffMark = mark;
            node.ColumnDiffMarks = columns;
            node.Refresh();
        }
        foreach (var link in projection.Links)
        {
            var mark = Highlights?.LinkMark(link.ForeignKeyId);
            if (link.DiffMark == mark) continue;
            link.DiffMark = mark;
            link.Color = mark is { } m ? DiffHighlights.LinkColor(m) : null;
            link.Refresh();
        }
    }

    // Outlines other people's selected tables; only nodes whose viewers changed re-render.
    private void ShowPresence()
    {
        foreach (var node in projection.Nodes.Values)
        {
            var viewers = Presence.Where(p => p.SelectedTableId == node.TableId).Select(p => p.Who).ToList();
            if (node.Viewers.SequenceEqual(viewers)) continue;
            node.Viewers = viewers;
            node.Refresh();
        }
    }

    /// <summary>Selects a table's node and centres the view on it.</summary>
    public void Focus(string tableId)
    {
        if (!projection.Nodes.TryGetValue(tableId, out var node)) return;
        Diagram.UnselectAll();
        Diagram.SelectModel(node, true);
        if (Diagram.Container is { } c && node.Size is { } size)
        {
            var z = Diagram.Zoom;
            Diagram.SetPan(c.Width / 2 - (node.Position.X + size.Width / 2) * z, c.Height / 2 - (node.Position.Y + size.Height / 2) * z);
        }
    }

    private async Task<bool> ApplyAsync(DesignOperation operation) =>
        !Disabled && OnOperation is not null && await OnOperation(operation);

    private IEnumerable<TableNodeModel> SelectedNodes => Diagram.GetSelectedModels().OfType<TableNodeModel>();

    // One MoveTable per drag (on pointer up), for every node the drag moved.
    private void OnPointerUp(Model? model, Blazor.Diagrams.Core.Events.PointerEventArgs e)
    {
        var moves = new List<DesignOperation>();
        foreach (var node in projection.Nodes.Values)
        {
            if (node.Position == node.ProjectedPosition) continue;
            node.ProjectedPosition = node.Position;
            var collapsed = node.Table.Position?.Collapsed ?? false;
            moves.Add(new MoveTable(node.TableId, new CanvasPosition(node.Position.X, node.Position.Y) { Collapsed = collapsed }));
        }
        moves.AddRange(objects.TakeNoteMoves());
        if (moves.Count == 0) return;
        var op = moves.Count == 1 ? moves[0] : new CompositeOperation(moves.ToValueList(), "Move tables");
        _ = InvokeAsync(() => ApplyAsync(op));
    }

    private void OnSelectionChanged(SelectableModel model)
    {
        if (model is TableNodeModel { Selected: true } node) _ = InvokeAsync(() => OnSelect.InvokeAsync(node.TableId));
    }

    private void OnLinkAdded(BaseLinkModel link)
    {
        if (link is ForeignKeyLinkModel) return;
        link.TargetAttached += OnNewLinkAttached;
    }

    // A link dragged from a column port and dropped on a table (or one of its ports) becomes a ConnectTables operation;
    // the library's temporary link is removed and the projection draws the real foreign key.
    private void OnNewLinkAttached(BaseLinkModel link)
    {
        link.TargetAttached -= OnNewLinkAttached;
        Diagram.Links.Remove(link);
        if (link.Source.Model is not ColumnPortModel from) return;
        var (toTable, toColumn) = link.Target.Model switch
        {
            ColumnPortModel p => (p.Table.TableId, p.ColumnId),
            TableNodeModel n => (n.TableId, (string?)null),
            _ => (null, null),
        };
        if (toTable is null) return;
        _ = InvokeAsync(() => ApplyAsync(new ConnectTables(from.Table.TableId, from.ColumnId, toTable, toColumn, NewRelationshipKind)));
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        var ctrl = e.CtrlKey || e.MetaKey;
        switch (e.Key)
        {
            case "Delete" or "Backspace" when !ctrl: await DeleteSelectionAsync(); break;
            case "z" or "Z" when ctrl && !e.ShiftKey: await OnUndo.InvokeAsync(); break;
            case "y" or "Y" when ctrl: await OnRedo.InvokeAsync(); break;
            case "z" or "Z" when ctrl && e.ShiftKey: await OnRedo.InvokeAsync(); break;
            case "f" or "F" when ctrl: OpenSearch(); break;
            case "d" or "D" when ctrl: await DuplicateAsync(); break;
            case "c" or "C" when ctrl: clipboard = SelectedNodes.Select(n => n.Table).ToList(); break;
            case "v" or "V" when ctrl: await PasteAsync(clipboard); break;
            case "?": showHelp = !showHelp; break;
            case "Escape": showHelp = false; searching = false; break;
        }
    }

    private async Task DeleteSelectionAsync()
    {
        var steps = new List<DesignOperation>();
        foreach (var link in Diagram.GetSelectedModels().OfType<ForeignKeyLinkModel>()) steps.Add(new RemoveForeignKey(link.TableId, link.ForeignKeyId));
        var tables = SelectedNodes.Select(n => n.TableId).ToHashSet();
        // Foreign keys of removed tables go with them; removing them first would only fail.
        steps.RemoveAll(s => s is RemoveForeignKey r && tables.Contains(r.TableId));
        steps.AddRange(tables.Select(id => new RemoveTable(id)));
        steps.AddRange(SelectedObjectRemovals());
        if (steps.Count == 0) return;
        await ApplyAsync(steps.Count == 1 ? steps[0] : new CompositeOperation(steps.ToValueList(), "Delete selection"));
    }

    private Task DuplicateAsync() => PasteAsync(SelectedNodes.Select(n => n.Table).ToList());

    private async Task PasteAsync(IReadOnlyList<Table> tables)
    {
        if (tables.Count == 0) return;
        var copies = TableCopy.Copy(Design, tables);
        var steps = copies.Select(t => (DesignOperation)new AddTable(t)).ToValueList();
        if (await ApplyAsync(steps.Count == 1 ? steps[0] : new CompositeOperation(steps, "Paste tables")))
        {
            Diagram.UnselectAll();
            foreach (var c in copies)
            {
                if (projection.Nodes.TryGetValue(c.Id, out var node)) Diagram.SelectModel(node, false);
            }
        }
    }

    private async Task ToggleCollapseAsync()
    {
        var steps = SelectedNodes.Select(n => (DesignOperation)new MoveTable(n.TableId,
            new CanvasPosition(n.Position.X, n.Position.Y) { Collapsed = !n.Collapsed })).ToValueList();
        if (steps.Count == 0) return;
        await ApplyAsync(steps.Count == 1 ? steps[0] : new CompositeOperation(steps, "Collapse tables"));
    }

    // Lays out the selection (in place, from its top-left corner) or, with nothing selected, the whole design.
    private async Task AutoLayoutAsync()
    {
        var selected = SelectedNodes.ToList();
        var ids = selected.Count > 1 ? selected.Select(n => n.TableId).ToHashSet() : null;
        var (x, y) = ids is null ? (40.0, 40.0) : (selected.Min(n => n.Position.X), selected.Min(n => n.Position.Y));
        var positions = Layout.LayeredLayout.Arrange(Design, ids, x, y);
        var steps = positions.Where(p => Design.FindTable(p.Key)?.Position != p.Value)
            .Select(p => (DesignOperation)new MoveTable(p.Key, p.Value)).ToValueList();
        if (steps.Count == 0) return;
        if (await ApplyAsync(new CompositeOperation(steps, "Auto-layout")) && ids is null) ZoomToFit();
    }

    private void ZoomIn() => Diagram.SetZoom(Math.Min(Diagram.Zoom * 1.2, Diagram.Options.Zoom.Maximum));

    private void ZoomOut() => Diagram.SetZoom(Math.Max(Diagram.Zoom / 1.2, Diagram.Options.Zoom.Minimum));

    // The library fits the selection when there is one; the button fits the whole design.
    private void ZoomToFit()
    {
        var selected = Diagram.GetSelectedModels().ToList();
        Diagram.UnselectAll();
        Diagram.ZoomToFit(40);
        foreach (var model in selected) Diagram.SelectModel(model, false);
    }

    private void OpenSearch()
    {
        searching = true;
        search = null;
    }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (searching && search is null)
        {
            try { await searchInput.FocusAsync(); }
            catch (InvalidOperationException) { /* not rendered */ }
        }
    }

    private void OnSearchKeyAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Escape") searching = false;
        if (e.Key != "Enter" || string.IsNullOrWhiteSpace(search)) return;
        var text = search.Trim();
        var match = Design.Tables.FirstOrDefault(t => string.Equals(t.QualifiedName, text, StringComparison.OrdinalIgnoreCase))
            ?? Design.Tables.FirstOrDefault(t => t.QualifiedName.Contains(text, StringComparison.OrdinalIgnoreCase));
        if (match is null) return;
        Focus(match.Id);
        searching = false;
        _ = OnSelect.InvokeAsync(match.Id);
    }

    /// <inheritdoc />
    public void StartRename(string tableId)
    {
        if (Disabled) return;
        RenamingTableId = tableId;
        if (projection.Nodes.TryGetValue(tableId, out var node)) node.Refresh();
    }

    /// <inheritdoc />
    public async Task FinishRenameAsync(string tableId, string? name)
    {
        RenamingTableId = null;
        if (projection.Nodes.TryGetValue(tableId, out var node)) node.Refresh();
        if (name is not null && node is not null && name != node.Table.Name) await ApplyAsync(new RenameTable(tableId, name));
    }

    /// <inheritdoc />
    public Task ShowDiagnosticsAsync(string tableId) => OnShowDiagnostics.InvokeAsync(tableId);

    /// <inheritdoc />
    public void Dispose()
    {
        Diagram.PointerUp -= OnPointerUp;
        Diagram.SelectionChanged -= OnSelectionChanged;
        Diagram.Links.Added -= OnLinkAdded;
        DisposeObjects();
        UnwatchComments();
        virtualizer.Dispose();
    }
}

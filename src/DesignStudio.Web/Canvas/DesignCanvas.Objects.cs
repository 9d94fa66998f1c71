using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models.Base;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Canvas;

/// <summary>Subject areas, sticky notes and the relationship kind of new connections, on the canvas.</summary>
public partial class DesignCanvas : ICanvasObjectCommands
{
    private static readonly string[] AreaColors = ["#90caf9", "#a5d6a7", "#ffcc80", "#ce93d8", "#80cbc4", "#ef9a9a"];

    private CanvasObjectsProjection objects = null!;
    private (StickyNoteNodeModel Node, double X, double Y, Size Start)? resizing;

    /// <summary>The projection of subject areas and sticky notes.</summary>
    public CanvasObjectsProjection Objects => objects;

    /// <summary>What a drag from a column to another table creates.</summary>
    public RelationshipKind NewRelationshipKind { get; set; } = RelationshipKind.OneToMany;

    /// <summary>Site-wide dark mode, cascaded by the layout; the canvas follows it unless its own toggle overrides it.</summary>
    [CascadingParameter(Name = "DarkMode")] public bool SiteDarkMode { get; set; }

    private void InitializeObjects()
    {
        Diagram.RegisterComponent<SubjectAreaNodeModel, SubjectAreaWidget>();
        Diagram.RegisterComponent<StickyNoteNodeModel, StickyNoteWidget>();
        Diagram.PointerMove += OnObjectsPointerMove;
        Diagram.PointerUp += OnObjectsPointerUp;
        objects = new CanvasObjectsProjection(Diagram);
    }

    private void DisposeObjects()
    {
        Diagram.PointerMove -= OnObjectsPointerMove;
        Diagram.PointerUp -= OnObjectsPointerUp;
    }

    // "Add subject area from selection": a new area around the selected tables, with the next colour.
    private async Task AddAreaFromSelectionAsync()
    {
        var tableIds = SelectedNodes.Select(n => n.TableId).ToValueList();
        var name = FreeAreaName();
        var area = new SubjectArea { Id = ObjectId.New("area"), Name = name, Color = AreaColors[Design.Areas.Count % AreaColors.Length], TableIds = tableIds };
        await ApplyAsync(new AddSubjectArea(area));
    }

    private string FreeAreaName()
    {
        for (var i = Design.Areas.Count + 1; ; i++)
        {
            var name = "Area " + i;
            if (!Design.Areas.Any(a => a.Name == name)) return name;
        }
    }

    // "Add sticky note": a note in the middle of what is in view.
    private async Task AddNoteAsync()
    {
        var (x, y) = (40.0, 40.0);
        if (Diagram.Container is { } c && Diagram.Zoom > 0)
        {
            x = (c.Width / 2 - Diagram.Pan.X) / Diagram.Zoom - StickyNote.DefaultWidth / 2;
            y = (c.Height / 2 - Diagram.Pan.Y) / Diagram.Zoom - StickyNote.DefaultHeight / 2;
        }
        await ApplyAsync(new AddStickyNote(new StickyNote { Id = ObjectId.New("note"), Text = "New note", Position = new CanvasPosition(Math.Round(x), Math.Round(y)) }));
    }

    // Selected areas and notes go with the Delete key too (an area's tables stay).
    private IEnumerable<DesignOperation> SelectedObjectRemovals() =>
        Diagram.GetSelectedModels().Select(m => m switch
        {
            SubjectAreaNodeModel a => new RemoveSubjectArea(a.AreaId),
            StickyNoteNodeModel n => (DesignOperation?)new RemoveStickyNote(n.NoteId),
            _ => null,
        }).OfType<DesignOperation>().ToList();

    /// <summary>Starts resizing a note with the pointer (from its resize handle).</summary>
    public void BeginNoteResize(string noteId, double clientX, double clientY)
    {
        if (Disabled || !objects.Notes.TryGetValue(noteId, out var node)) return;
        resizing = (node, clientX, clientY, node.Size ?? new Size(node.Note.Width, node.Note.Height));
    }

    private void OnObjectsPointerMove(Model? model, Blazor.Diagrams.Core.Events.PointerEventArgs e)
    {
        if (resizing is not { } r) return;
        var z = Diagram.Zoom <= 0 ? 1 : Diagram.Zoom;
        r.Node.Size = new Size(Math.Max(ResizeStickyNote.MinimumSide, r.Start.Width + (e.ClientX - r.X) / z),
            Math.Max(ResizeStickyNote.MinimumSide, r.Start.Height + (e.ClientY - r.Y) / z));
        r.Node.Refresh();
    }

    private void OnObjectsPointerUp(Model? model, Blazor.Diagrams.Core.Events.PointerEventArgs e)
    {
        if (resizing is not { } r) return;
        resizing = null;
        if (r.Node.Size is not { } size || size.Equals(r.Start)) return;
        _ = InvokeAsync(() => ResizeNoteAsync(r.Node.NoteId, Math.Round(size.Width), Math.Round(size.Height)));
    }

    /// <inheritdoc />
    public Task RenameAreaAsync(string areaId, string name) => ApplyAsync(new RenameSubjectArea(areaId, name));

    /// <inheritdoc />
    public Task RecolorAreaAsync(string areaId, string color) => ApplyAsync(new RecolorSubjectArea(areaId, color));

    /// <inheritdoc />
    public Task RemoveAreaAsync(string areaId) => ApplyAsync(new RemoveSubjectArea(areaId));

    /// <inheritdoc />
    public Task EditNoteAsync(string noteId, string text) => ApplyAsync(new EditStickyNote(noteId, text));

    /// <inheritdoc />
    public async Task ResizeNoteAsync(string noteId, double width, double height)
    {
        if (!await ApplyAsync(new ResizeStickyNote(noteId, width, height)) && objects.Notes.TryGetValue(noteId, out var node))
        {
            node.Size = new Size(node.Note.Width, node.Note.Height);
            node.Refresh();
        }
    }

    /// <inheritdoc />
    public Task RemoveNoteAsync(string noteId) => ApplyAsync(new RemoveStickyNote(noteId));
}

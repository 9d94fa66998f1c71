using Blazor.Diagrams.Core;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;

namespace DesignStudio.Web.Canvas;

/// <summary>
/// Keeps the subject areas and sticky notes of the design on the diagram, next to the tables that
/// <see cref="DiagramProjection"/> draws: areas behind their tables, notes as nodes of their own.
/// </summary>
public sealed class CanvasObjectsProjection
{
    private readonly Diagram diagram;
    private readonly Dictionary<string, SubjectAreaNodeModel> areas = [];
    private readonly Dictionary<string, StickyNoteNodeModel> notes = [];

    /// <summary>Projects onto <paramref name="diagram"/>.</summary>
    public CanvasObjectsProjection(Diagram diagram) => this.diagram = diagram;

    /// <summary>The node of each subject area, by area id.</summary>
    public IReadOnlyDictionary<string, SubjectAreaNodeModel> Areas => areas;

    /// <summary>The node of each sticky note, by note id.</summary>
    public IReadOnlyDictionary<string, StickyNoteNodeModel> Notes => notes;

    /// <summary>Brings areas and notes in line with <paramref name="design"/>; table nodes come from <paramref name="tables"/>.</summary>
    public void Sync(Design design, IReadOnlyDictionary<string, TableNodeModel> tables)
    {
        var wantedAreas = design.Areas.Select(a => a.Id).ToHashSet();
        foreach (var (id, node) in areas.ToList())
        {
            if (wantedAreas.Contains(id)) continue;
            node.Detach();
            diagram.Nodes.Remove(node);
            areas.Remove(id);
        }
        foreach (var area in design.Areas)
        {
            var members = area.TableIds.Select(id => tables.GetValueOrDefault(id)).OfType<TableNodeModel>().ToList();
            if (!areas.TryGetValue(area.Id, out var node))
            {
                node = new SubjectAreaNodeModel(area);
                node.Update(area, members);
                areas[area.Id] = node;
                diagram.Nodes.Add(node);
                diagram.SendToBack(node);
                continue;
            }
            if (node.Update(area, members)) node.Refresh();
        }

        var wantedNotes = design.Notes.Select(n => n.Id).ToHashSet();
        foreach (var (id, node) in notes.ToList())
        {
            if (wantedNotes.Contains(id)) continue;
            diagram.Nodes.Remove(node);
            notes.Remove(id);
        }
        foreach (var note in design.Notes)
        {
            if (!notes.TryGetValue(note.Id, out var node))
            {
                node = new StickyNoteNodeModel(note);
                notes[note.Id] = node;
                diagram.Nodes.Add(node);
                continue;
            }
            if (node.Update(note)) node.Refresh();
        }
    }

    /// <summary>The moves of notes that a drag left somewhere else (taken once: the projected position is updated).</summary>
    public IEnumerable<DesignOperation> TakeNoteMoves()
    {
        var moves = new List<DesignOperation>();
        foreach (var node in notes.Values)
        {
            if (node.Position == node.ProjectedPosition) continue;
            node.ProjectedPosition = node.Position;
            moves.Add(new MoveStickyNote(node.NoteId, new CanvasPosition(node.Position.X, node.Position.Y)));
        }
        return moves;
    }
}

using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using DesignStudio.Core.Model;

namespace DesignStudio.Web.Canvas;

/// <summary>A sticky note on the canvas: a node of the note's stored size showing its text.</summary>
public sealed class StickyNoteNodeModel : NodeModel
{
    /// <summary>Creates the node of <paramref name="note"/>.</summary>
    public StickyNoteNodeModel(StickyNote note) : base("note/" + note.Id, new Point(note.Position.X, note.Position.Y))
    {
        Note = note;
        ControlledSize = true;
        Size = new Size(note.Width, note.Height);
        ProjectedPosition = Position;
    }

    /// <summary>The note's id.</summary>
    public string NoteId => Note.Id;

    /// <summary>The note as last projected.</summary>
    public StickyNote Note { get; private set; }

    /// <summary>Where the projection last placed the node; a drag that ends elsewhere is a move.</summary>
    public Point ProjectedPosition { get; set; }

    /// <summary>Takes the note's text, position and size; returns whether anything shown changed.</summary>
    public bool Update(StickyNote note)
    {
        if (note == Note && Position.X == note.Position.X && Position.Y == note.Position.Y) return false;
        Note = note;
        Size = new Size(note.Width, note.Height);
        if (Position.X != note.Position.X || Position.Y != note.Position.Y) SetPosition(note.Position.X, note.Position.Y);
        ProjectedPosition = Position;
        return true;
    }
}

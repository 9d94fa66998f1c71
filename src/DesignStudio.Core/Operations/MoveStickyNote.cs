using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Moves a sticky note on the canvas.</summary>
/// <param name="NoteId">The note.</param>
/// <param name="Position">Its new top-left corner.</param>
public sealed record MoveStickyNote(string NoteId, CanvasPosition Position) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        var at = design.Notes.FindIndex(n => n.Id == NoteId);
        if (at < 0) return OperationResult.Refused(Missing("notes/" + NoteId, "sticky note", NoteId));
        var note = design.Notes[at];
        var next = design with { Notes = design.Notes.SetItem(at, note with { Position = Position }) };
        return OperationResult.Applied(next, new MoveStickyNote(NoteId, note.Position));
    }
}

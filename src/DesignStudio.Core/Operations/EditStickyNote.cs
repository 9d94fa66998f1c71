using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Replaces the text of a sticky note (plain text; any text is allowed, including an empty one).</summary>
/// <param name="NoteId">The note.</param>
/// <param name="Text">The new text.</param>
public sealed record EditStickyNote(string NoteId, string Text) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        var at = design.Notes.FindIndex(n => n.Id == NoteId);
        if (at < 0) return OperationResult.Refused(Missing("notes/" + NoteId, "sticky note", NoteId));
        var note = design.Notes[at];
        var next = design with { Notes = design.Notes.SetItem(at, note with { Text = Text }) };
        return OperationResult.Applied(next, new EditStickyNote(NoteId, note.Text));
    }
}

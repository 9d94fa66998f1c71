using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Removes a sticky note. The inverse restores it at its position.</summary>
/// <param name="NoteId">The note to remove.</param>
public sealed record RemoveStickyNote(string NoteId) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (!DesignEdit.TryRemove(design.Notes, n => n.Id == NoteId, out var rest, out var note, out var at))
        {
            return OperationResult.Refused(Missing("notes/" + NoteId, "sticky note", NoteId));
        }
        return OperationResult.Applied(design with { Notes = rest }, new AddStickyNote(note, at));
    }
}

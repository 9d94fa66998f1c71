using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Adds a sticky note at a position in the note list, or at the end.</summary>
/// <param name="Note">The new note; its id must be unused and its size positive.</param>
/// <param name="At">Position in <see cref="Design.Notes"/>; null appends.</param>
public sealed record AddStickyNote(StickyNote Note, int? At = null) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        var path = "notes/" + Note.Id;
        if (design.Notes.Any(n => n.Id == Note.Id)) return OperationResult.Refused(SameId(path, "sticky note", Note.Id));
        if (ResizeStickyNote.CheckSize(path, Note.Width, Note.Height) is { } bad) return OperationResult.Refused(bad);
        if (DesignEdit.CheckPosition(path, At, design.Notes.Count) is { } outside) return OperationResult.Refused(outside);
        var next = design with { Notes = DesignEdit.InsertAt(design.Notes, Note, At) };
        return OperationResult.Applied(next, new RemoveStickyNote(Note.Id));
    }
}

using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Resizes a sticky note.</summary>
/// <param name="NoteId">The note.</param>
/// <param name="Width">New width in pixels (positive, finite).</param>
/// <param name="Height">New height in pixels (positive, finite).</param>
public sealed record ResizeStickyNote(string NoteId, double Width, double Height) : DesignOperation
{
    /// <summary>Smallest width or height a note can have.</summary>
    public const double MinimumSide = 40;

    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        var at = design.Notes.FindIndex(n => n.Id == NoteId);
        if (at < 0) return OperationResult.Refused(Missing("notes/" + NoteId, "sticky note", NoteId));
        var note = design.Notes[at];
        if (CheckSize("notes/" + NoteId, Width, Height) is { } bad) return OperationResult.Refused(bad);
        var next = design with { Notes = design.Notes.SetItem(at, note with { Width = Width, Height = Height }) };
        return OperationResult.Applied(next, new ResizeStickyNote(NoteId, note.Width, note.Height));
    }

    internal static Diagnostic? CheckSize(string path, double width, double height) =>
        double.IsFinite(width) && double.IsFinite(height) && width >= MinimumSide && height >= MinimumSide
            ? null
            : Error(InvalidSize, path, $"A sticky note must be at least {MinimumSide} × {MinimumSide} pixels (was {width} × {height}).");
}

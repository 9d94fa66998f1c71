using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="ResizeStickyNote"/> as <c>{"op": "resizeStickyNote", "noteId", "width", "height"}</c>.</summary>
internal sealed class ResizeStickyNoteJson : OperationJsonConverter<ResizeStickyNote>
{
    public override string Kind => "resizeStickyNote";

    protected override void Write(OperationJsonWriter w, ResizeStickyNote o)
    {
        w.String("noteId", o.NoteId);
        w.Double("width", o.Width);
        w.Double("height", o.Height);
    }

    protected override ResizeStickyNote ReadOperation(OperationJsonReader r) => new(r.String("noteId"), r.Double("width"), r.Double("height"));
}

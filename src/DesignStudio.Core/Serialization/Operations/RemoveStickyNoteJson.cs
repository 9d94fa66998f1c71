using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="RemoveStickyNote"/> as <c>{"op": "removeStickyNote", "noteId"}</c>.</summary>
internal sealed class RemoveStickyNoteJson : OperationJsonConverter<RemoveStickyNote>
{
    public override string Kind => "removeStickyNote";

    protected override void Write(OperationJsonWriter w, RemoveStickyNote o)
    {
        w.String("noteId", o.NoteId);
    }

    protected override RemoveStickyNote ReadOperation(OperationJsonReader r) => new(r.String("noteId"));
}

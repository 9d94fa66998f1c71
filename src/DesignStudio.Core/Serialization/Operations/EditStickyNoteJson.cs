using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="EditStickyNote"/> as <c>{"op": "editStickyNote", "noteId", "text"}</c>.</summary>
internal sealed class EditStickyNoteJson : OperationJsonConverter<EditStickyNote>
{
    public override string Kind => "editStickyNote";

    protected override void Write(OperationJsonWriter w, EditStickyNote o)
    {
        w.String("noteId", o.NoteId);
        w.String("text", o.Text);
    }

    protected override EditStickyNote ReadOperation(OperationJsonReader r) => new(r.String("noteId"), r.String("text"));
}

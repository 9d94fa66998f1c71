using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="MoveStickyNote"/> as <c>{"op": "moveStickyNote", "noteId", "position"}</c>.</summary>
internal sealed class MoveStickyNoteJson : OperationJsonConverter<MoveStickyNote>
{
    public override string Kind => "moveStickyNote";

    protected override void Write(OperationJsonWriter w, MoveStickyNote o)
    {
        w.String("noteId", o.NoteId);
        w.Model("position", d => d.WritePosition(o.Position));
    }

    protected override MoveStickyNote ReadOperation(OperationJsonReader r) => new(r.String("noteId"), r.Model("position", "a canvas position", DesignJsonBinder.BindPosition));
}

using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="AddStickyNote"/> as <c>{"op": "addStickyNote", "note", "at"?}</c>.</summary>
internal sealed class AddStickyNoteJson : OperationJsonConverter<AddStickyNote>
{
    public override string Kind => "addStickyNote";

    protected override void Write(OperationJsonWriter w, AddStickyNote o)
    {
        w.Model("note", d => d.WriteNote(o.Note));
        w.OptInt("at", o.At);
    }

    protected override AddStickyNote ReadOperation(OperationJsonReader r) => new(r.Model("note", "a sticky note", DesignJsonBinder.BindNote), r.OptInt("at"));
}

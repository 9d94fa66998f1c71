using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="SetTableComment"/> as <c>{"op": "setTableComment", "tableId", "comment"?}</c>.</summary>
internal sealed class SetTableCommentJson : OperationJsonConverter<SetTableComment>
{
    public override string Kind => "setTableComment";

    protected override void Write(OperationJsonWriter w, SetTableComment o)
    {
        w.String("tableId", o.TableId);
        w.OptString("comment", o.Comment);
    }

    protected override SetTableComment ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.OptString("comment"));
}

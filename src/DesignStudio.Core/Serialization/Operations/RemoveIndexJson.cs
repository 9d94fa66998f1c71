using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="RemoveIndex"/> as <c>{"op": "removeIndex", "tableId", "indexId"}</c>.</summary>
internal sealed class RemoveIndexJson : OperationJsonConverter<RemoveIndex>
{
    public override string Kind => "removeIndex";

    protected override void Write(OperationJsonWriter w, RemoveIndex o)
    {
        w.String("tableId", o.TableId);
        w.String("indexId", o.IndexId);
    }

    protected override RemoveIndex ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.String("indexId"));
}

using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="RemoveTable"/> as <c>{"op": "removeTable", "tableId"}</c>.</summary>
internal sealed class RemoveTableJson : OperationJsonConverter<RemoveTable>
{
    public override string Kind => "removeTable";

    protected override void Write(OperationJsonWriter w, RemoveTable o)
    {
        w.String("tableId", o.TableId);
    }

    protected override RemoveTable ReadOperation(OperationJsonReader r) => new(r.String("tableId"));
}

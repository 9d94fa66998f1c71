using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="RemoveColumn"/> as <c>{"op": "removeColumn", "tableId", "columnId"}</c>.</summary>
internal sealed class RemoveColumnJson : OperationJsonConverter<RemoveColumn>
{
    public override string Kind => "removeColumn";

    protected override void Write(OperationJsonWriter w, RemoveColumn o)
    {
        w.String("tableId", o.TableId);
        w.String("columnId", o.ColumnId);
    }

    protected override RemoveColumn ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.String("columnId"));
}

using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="ReorderColumn"/> as <c>{"op": "reorderColumn", "tableId", "columnId", "to"}</c>.</summary>
internal sealed class ReorderColumnJson : OperationJsonConverter<ReorderColumn>
{
    public override string Kind => "reorderColumn";

    protected override void Write(OperationJsonWriter w, ReorderColumn o)
    {
        w.String("tableId", o.TableId);
        w.String("columnId", o.ColumnId);
        w.Int("to", o.To);
    }

    protected override ReorderColumn ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.String("columnId"), r.Int("to"));
}

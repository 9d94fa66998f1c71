using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="AddJunctionTable"/> as <c>{"op": "addJunctionTable", "leftTableId", "rightTableId"}</c>.</summary>
internal sealed class AddJunctionTableJson : OperationJsonConverter<AddJunctionTable>
{
    public override string Kind => "addJunctionTable";

    protected override void Write(OperationJsonWriter w, AddJunctionTable o)
    {
        w.String("leftTableId", o.LeftTableId);
        w.String("rightTableId", o.RightTableId);
    }

    protected override AddJunctionTable ReadOperation(OperationJsonReader r) => new(r.String("leftTableId"), r.String("rightTableId"));
}

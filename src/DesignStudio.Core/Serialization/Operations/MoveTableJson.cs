using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="MoveTable"/> as <c>{"op": "moveTable", "tableId", "position"?}</c>.</summary>
internal sealed class MoveTableJson : OperationJsonConverter<MoveTable>
{
    public override string Kind => "moveTable";

    protected override void Write(OperationJsonWriter w, MoveTable o)
    {
        w.String("tableId", o.TableId);
        if (o.Position is { } position) w.Model("position", d => d.WritePosition(position));
    }

    protected override MoveTable ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.OptModel("position", "a canvas position", DesignJsonBinder.BindPosition));
}

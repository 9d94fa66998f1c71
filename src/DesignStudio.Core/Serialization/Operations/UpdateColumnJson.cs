using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="UpdateColumn"/> as <c>{"op": "updateColumn", "tableId", "column"}</c>.</summary>
internal sealed class UpdateColumnJson : OperationJsonConverter<UpdateColumn>
{
    public override string Kind => "updateColumn";

    protected override void Write(OperationJsonWriter w, UpdateColumn o)
    {
        w.String("tableId", o.TableId);
        w.Model("column", d => d.WriteColumn(o.Column));
    }

    protected override UpdateColumn ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.Model("column", "a column", DesignJsonBinder.BindColumn));
}

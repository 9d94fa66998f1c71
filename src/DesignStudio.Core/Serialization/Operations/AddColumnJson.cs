using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="AddColumn"/> as <c>{"op": "addColumn", "tableId", "column", "at"?}</c>.</summary>
internal sealed class AddColumnJson : OperationJsonConverter<AddColumn>
{
    public override string Kind => "addColumn";

    protected override void Write(OperationJsonWriter w, AddColumn o)
    {
        w.String("tableId", o.TableId);
        w.Model("column", d => d.WriteColumn(o.Column));
        w.OptInt("at", o.At);
    }

    protected override AddColumn ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.Model("column", "a column", DesignJsonBinder.BindColumn), r.OptInt("at"));
}

using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="AddTable"/> as <c>{"op": "addTable", "table", "at"?}</c>.</summary>
internal sealed class AddTableJson : OperationJsonConverter<AddTable>
{
    public override string Kind => "addTable";

    protected override void Write(OperationJsonWriter w, AddTable o)
    {
        w.Model("table", d => d.WriteTable(o.Table));
        w.OptInt("at", o.At);
    }

    protected override AddTable ReadOperation(OperationJsonReader r) => new(r.Model("table", "a table", DesignJsonBinder.BindTable), r.OptInt("at"));
}

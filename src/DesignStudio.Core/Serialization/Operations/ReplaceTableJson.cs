using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="ReplaceTable"/> as <c>{"op": "replaceTable", "table"}</c>.</summary>
internal sealed class ReplaceTableJson : OperationJsonConverter<ReplaceTable>
{
    public override string Kind => "replaceTable";

    protected override void Write(OperationJsonWriter w, ReplaceTable o)
    {
        w.Model("table", d => d.WriteTable(o.Table));
    }

    protected override ReplaceTable ReadOperation(OperationJsonReader r) => new(r.Model("table", "a table", DesignJsonBinder.BindTable));
}

using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="AddIndex"/> as <c>{"op": "addIndex", "tableId", "index", "at"?}</c>.</summary>
internal sealed class AddIndexJson : OperationJsonConverter<AddIndex>
{
    public override string Kind => "addIndex";

    protected override void Write(OperationJsonWriter w, AddIndex o)
    {
        w.String("tableId", o.TableId);
        w.Model("index", d => d.WriteIndex(o.Index));
        w.OptInt("at", o.At);
    }

    protected override AddIndex ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.Model("index", "an index", DesignJsonBinder.BindIndex), r.OptInt("at"));
}

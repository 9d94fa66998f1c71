using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="AddForeignKey"/> as <c>{"op": "addForeignKey", "tableId", "key", "at"?}</c>.</summary>
internal sealed class AddForeignKeyJson : OperationJsonConverter<AddForeignKey>
{
    public override string Kind => "addForeignKey";

    protected override void Write(OperationJsonWriter w, AddForeignKey o)
    {
        w.String("tableId", o.TableId);
        w.Model("key", d => d.WriteForeignKey(o.Key));
        w.OptInt("at", o.At);
    }

    protected override AddForeignKey ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.Model("key", "a foreign key", DesignJsonBinder.BindForeignKey), r.OptInt("at"));
}

using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="SetPrimaryKey"/> as <c>{"op": "setPrimaryKey", "tableId", "key"?}</c>.</summary>
internal sealed class SetPrimaryKeyJson : OperationJsonConverter<SetPrimaryKey>
{
    public override string Kind => "setPrimaryKey";

    protected override void Write(OperationJsonWriter w, SetPrimaryKey o)
    {
        w.String("tableId", o.TableId);
        if (o.Key is { } key) w.Model("key", d => d.WritePrimaryKey(key));
    }

    protected override SetPrimaryKey ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.OptModel("key", "a primary key", DesignJsonBinder.BindPrimaryKey));
}

using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="RemoveForeignKey"/> as <c>{"op": "removeForeignKey", "tableId", "keyId"}</c>.</summary>
internal sealed class RemoveForeignKeyJson : OperationJsonConverter<RemoveForeignKey>
{
    public override string Kind => "removeForeignKey";

    protected override void Write(OperationJsonWriter w, RemoveForeignKey o)
    {
        w.String("tableId", o.TableId);
        w.String("keyId", o.KeyId);
    }

    protected override RemoveForeignKey ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.String("keyId"));
}

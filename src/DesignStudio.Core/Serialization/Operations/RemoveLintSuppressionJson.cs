using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="RemoveLintSuppression"/> as <c>{"op": "removeLintSuppression", "code", "objectId"}</c>.</summary>
internal sealed class RemoveLintSuppressionJson : OperationJsonConverter<RemoveLintSuppression>
{
    public override string Kind => "removeLintSuppression";

    protected override void Write(OperationJsonWriter w, RemoveLintSuppression o)
    {
        w.String("code", o.Code);
        w.String("objectId", o.ObjectId);
    }

    protected override RemoveLintSuppression ReadOperation(OperationJsonReader r) => new(r.String("code"), r.String("objectId"));
}

using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="RemoveEnum"/> as <c>{"op": "removeEnum", "enumId"}</c>.</summary>
internal sealed class RemoveEnumJson : OperationJsonConverter<RemoveEnum>
{
    public override string Kind => "removeEnum";

    protected override void Write(OperationJsonWriter w, RemoveEnum o)
    {
        w.String("enumId", o.EnumId);
    }

    protected override RemoveEnum ReadOperation(OperationJsonReader r) => new(r.String("enumId"));
}

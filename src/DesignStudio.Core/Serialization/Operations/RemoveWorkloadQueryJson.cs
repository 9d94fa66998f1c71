using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="RemoveWorkloadQuery"/> as <c>{"op": "removeWorkloadQuery", "entryId"}</c>.</summary>
internal sealed class RemoveWorkloadQueryJson : OperationJsonConverter<RemoveWorkloadQuery>
{
    public override string Kind => "removeWorkloadQuery";

    protected override void Write(OperationJsonWriter w, RemoveWorkloadQuery o)
    {
        w.String("entryId", o.EntryId);
    }

    protected override RemoveWorkloadQuery ReadOperation(OperationJsonReader r) => new(r.String("entryId"));
}

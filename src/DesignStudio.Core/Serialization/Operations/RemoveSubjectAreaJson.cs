using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="RemoveSubjectArea"/> as <c>{"op": "removeSubjectArea", "areaId"}</c>.</summary>
internal sealed class RemoveSubjectAreaJson : OperationJsonConverter<RemoveSubjectArea>
{
    public override string Kind => "removeSubjectArea";

    protected override void Write(OperationJsonWriter w, RemoveSubjectArea o)
    {
        w.String("areaId", o.AreaId);
    }

    protected override RemoveSubjectArea ReadOperation(OperationJsonReader r) => new(r.String("areaId"));
}

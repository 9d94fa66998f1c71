using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="RenameSubjectArea"/> as <c>{"op": "renameSubjectArea", "areaId", "name"}</c>.</summary>
internal sealed class RenameSubjectAreaJson : OperationJsonConverter<RenameSubjectArea>
{
    public override string Kind => "renameSubjectArea";

    protected override void Write(OperationJsonWriter w, RenameSubjectArea o)
    {
        w.String("areaId", o.AreaId);
        w.String("name", o.Name);
    }

    protected override RenameSubjectArea ReadOperation(OperationJsonReader r) => new(r.String("areaId"), r.String("name"));
}

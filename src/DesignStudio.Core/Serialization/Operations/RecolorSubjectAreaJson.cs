using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="RecolorSubjectArea"/> as <c>{"op": "recolorSubjectArea", "areaId", "color"}</c>.</summary>
internal sealed class RecolorSubjectAreaJson : OperationJsonConverter<RecolorSubjectArea>
{
    public override string Kind => "recolorSubjectArea";

    protected override void Write(OperationJsonWriter w, RecolorSubjectArea o)
    {
        w.String("areaId", o.AreaId);
        w.String("color", o.Color);
    }

    protected override RecolorSubjectArea ReadOperation(OperationJsonReader r) => new(r.String("areaId"), r.String("color"));
}

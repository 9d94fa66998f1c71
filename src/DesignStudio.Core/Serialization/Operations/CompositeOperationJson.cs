using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="CompositeOperation"/> as <c>{"op": "composite", "steps": [operation…], "label"?}</c>.</summary>
internal sealed class CompositeOperationJson : OperationJsonConverter<CompositeOperation>
{
    public override string Kind => "composite";

    protected override void Write(OperationJsonWriter w, CompositeOperation o)
    {
        w.Operations("steps", o.Steps);
        w.OptString("label", o.Label);
    }

    protected override CompositeOperation ReadOperation(OperationJsonReader r) => new(r.Operations("steps"), r.OptString("label"));
}

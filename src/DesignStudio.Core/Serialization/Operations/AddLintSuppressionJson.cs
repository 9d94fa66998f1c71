using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="AddLintSuppression"/> as <c>{"op": "addLintSuppression", "suppression", "at"?}</c>.</summary>
internal sealed class AddLintSuppressionJson : OperationJsonConverter<AddLintSuppression>
{
    public override string Kind => "addLintSuppression";

    protected override void Write(OperationJsonWriter w, AddLintSuppression o)
    {
        w.Model("suppression", d => d.WriteLintSuppression(o.Suppression));
        w.OptInt("at", o.At);
    }

    protected override AddLintSuppression ReadOperation(OperationJsonReader r) => new(r.Model("suppression", "a lint suppression", DesignJsonBinder.BindLintSuppression), r.OptInt("at"));
}

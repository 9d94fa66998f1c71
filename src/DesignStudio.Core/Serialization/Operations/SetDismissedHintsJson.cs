using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="SetDismissedHints"/> as <c>{"op": "setDismissedHints", "tableId", "hintIds"}</c>.</summary>
internal sealed class SetDismissedHintsJson : OperationJsonConverter<SetDismissedHints>
{
    public override string Kind => "setDismissedHints";

    protected override void Write(OperationJsonWriter w, SetDismissedHints o)
    {
        w.String("tableId", o.TableId);
        w.Strings("hintIds", o.HintIds);
    }

    protected override SetDismissedHints ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.Strings("hintIds"));
}

using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="RemoveUniqueConstraint"/> as <c>{"op": "removeUniqueConstraint", "tableId", "constraintId"}</c>.</summary>
internal sealed class RemoveUniqueConstraintJson : OperationJsonConverter<RemoveUniqueConstraint>
{
    public override string Kind => "removeUniqueConstraint";

    protected override void Write(OperationJsonWriter w, RemoveUniqueConstraint o)
    {
        w.String("tableId", o.TableId);
        w.String("constraintId", o.ConstraintId);
    }

    protected override RemoveUniqueConstraint ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.String("constraintId"));
}

using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="RemoveCheckConstraint"/> as <c>{"op": "removeCheckConstraint", "tableId", "constraintId"}</c>.</summary>
internal sealed class RemoveCheckConstraintJson : OperationJsonConverter<RemoveCheckConstraint>
{
    public override string Kind => "removeCheckConstraint";

    protected override void Write(OperationJsonWriter w, RemoveCheckConstraint o)
    {
        w.String("tableId", o.TableId);
        w.String("constraintId", o.ConstraintId);
    }

    protected override RemoveCheckConstraint ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.String("constraintId"));
}

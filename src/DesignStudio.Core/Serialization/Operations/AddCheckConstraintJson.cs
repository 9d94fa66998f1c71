using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="AddCheckConstraint"/> as <c>{"op": "addCheckConstraint", "tableId", "constraint", "at"?}</c>.</summary>
internal sealed class AddCheckConstraintJson : OperationJsonConverter<AddCheckConstraint>
{
    public override string Kind => "addCheckConstraint";

    protected override void Write(OperationJsonWriter w, AddCheckConstraint o)
    {
        w.String("tableId", o.TableId);
        w.Model("constraint", d => d.WriteCheck(o.Constraint));
        w.OptInt("at", o.At);
    }

    protected override AddCheckConstraint ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.Model("constraint", "a check constraint", DesignJsonBinder.BindCheck), r.OptInt("at"));
}

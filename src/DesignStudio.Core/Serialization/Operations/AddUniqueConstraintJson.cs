using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="AddUniqueConstraint"/> as <c>{"op": "addUniqueConstraint", "tableId", "constraint", "at"?}</c>.</summary>
internal sealed class AddUniqueConstraintJson : OperationJsonConverter<AddUniqueConstraint>
{
    public override string Kind => "addUniqueConstraint";

    protected override void Write(OperationJsonWriter w, AddUniqueConstraint o)
    {
        w.String("tableId", o.TableId);
        w.Model("constraint", d => d.WriteUnique(o.Constraint));
        w.OptInt("at", o.At);
    }

    protected override AddUniqueConstraint ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.Model("constraint", "a unique constraint", DesignJsonBinder.BindUnique), r.OptInt("at"));
}

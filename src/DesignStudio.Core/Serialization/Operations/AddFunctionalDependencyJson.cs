using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="AddFunctionalDependency"/> as <c>{"op": "addFunctionalDependency", "tableId", "dependency", "at"?}</c>.</summary>
internal sealed class AddFunctionalDependencyJson : OperationJsonConverter<AddFunctionalDependency>
{
    public override string Kind => "addFunctionalDependency";

    protected override void Write(OperationJsonWriter w, AddFunctionalDependency o)
    {
        w.String("tableId", o.TableId);
        w.Model("dependency", d => d.WriteDependency(o.Dependency));
        w.OptInt("at", o.At);
    }

    protected override AddFunctionalDependency ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.Model("dependency", "a functional dependency", DesignJsonBinder.BindDependency), r.OptInt("at"));
}

using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="RemoveFunctionalDependency"/> as <c>{"op": "removeFunctionalDependency", "tableId", "dependencyId"}</c>.</summary>
internal sealed class RemoveFunctionalDependencyJson : OperationJsonConverter<RemoveFunctionalDependency>
{
    public override string Kind => "removeFunctionalDependency";

    protected override void Write(OperationJsonWriter w, RemoveFunctionalDependency o)
    {
        w.String("tableId", o.TableId);
        w.String("dependencyId", o.DependencyId);
    }

    protected override RemoveFunctionalDependency ReadOperation(OperationJsonReader r) => new(r.String("tableId"), r.String("dependencyId"));
}

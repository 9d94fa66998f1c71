using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="UpdateWorkloadQuery"/> as <c>{"op": "updateWorkloadQuery", "entry"}</c>.</summary>
internal sealed class UpdateWorkloadQueryJson : OperationJsonConverter<UpdateWorkloadQuery>
{
    public override string Kind => "updateWorkloadQuery";

    protected override void Write(OperationJsonWriter w, UpdateWorkloadQuery o)
    {
        w.Model("entry", d => d.WriteWorkloadEntry(o.Entry));
    }

    protected override UpdateWorkloadQuery ReadOperation(OperationJsonReader r) => new(r.Model("entry", "a workload query", DesignJsonBinder.BindWorkloadEntry));
}

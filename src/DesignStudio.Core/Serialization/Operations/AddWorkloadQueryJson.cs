using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary><see cref="AddWorkloadQuery"/> as <c>{"op": "addWorkloadQuery", "entry", "at"?}</c>.</summary>
internal sealed class AddWorkloadQueryJson : OperationJsonConverter<AddWorkloadQuery>
{
    public override string Kind => "addWorkloadQuery";

    protected override void Write(OperationJsonWriter w, AddWorkloadQuery o)
    {
        w.Model("entry", d => d.WriteWorkloadEntry(o.Entry));
        w.OptInt("at", o.At);
    }

    protected override AddWorkloadQuery ReadOperation(OperationJsonReader r) => new(r.Model("entry", "a workload query", DesignJsonBinder.BindWorkloadEntry), r.OptInt("at"));
}

using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Replaces a workload query (text, name, dialect, frequency); it is found by its id, which stays.</summary>
/// <param name="Entry">The query as it should be.</param>
public sealed record UpdateWorkloadQuery(WorkloadEntry Entry) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        var at = design.Workload.FindIndex(e => e.Id == Entry.Id);
        if (at < 0) return OperationResult.Refused(Missing(WorkloadEntryCheck.PathOf(Entry.Id), "workload query", Entry.Id));
        if (WorkloadEntryCheck.Check(Entry) is { } bad) return OperationResult.Refused(bad);
        var old = design.Workload[at];
        return OperationResult.Applied(design with { Workload = design.Workload.SetItem(at, Entry) }, new UpdateWorkloadQuery(old));
    }
}

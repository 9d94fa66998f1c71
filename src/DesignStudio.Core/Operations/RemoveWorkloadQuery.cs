using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Removes a query from the design's workload.</summary>
/// <param name="EntryId">The query's id.</param>
public sealed record RemoveWorkloadQuery(string EntryId) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (!DesignEdit.TryRemove(design.Workload, e => e.Id == EntryId, out var rest, out var removed, out var at))
            return OperationResult.Refused(Missing(WorkloadEntryCheck.PathOf(EntryId), "workload query", EntryId));
        return OperationResult.Applied(design with { Workload = rest }, new AddWorkloadQuery(removed, at));
    }
}

using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Adds a query to the design's workload.</summary>
/// <param name="Entry">The query; its text must not be blank and its frequency must be positive.</param>
/// <param name="At">Position in <see cref="Design.Workload"/>; null appends.</param>
public sealed record AddWorkloadQuery(WorkloadEntry Entry, int? At = null) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        var path = WorkloadEntryCheck.PathOf(Entry.Id);
        if (design.Workload.FindIndex(e => e.Id == Entry.Id) >= 0) return OperationResult.Refused(SameId(path, "workload query", Entry.Id));
        if (WorkloadEntryCheck.Check(Entry) is { } bad) return OperationResult.Refused(bad);
        if (DesignEdit.CheckPosition(path, At, design.Workload.Count) is { } badAt) return OperationResult.Refused(badAt);
        return OperationResult.Applied(design with { Workload = DesignEdit.InsertAt(design.Workload, Entry, At) }, new RemoveWorkloadQuery(Entry.Id));
    }
}

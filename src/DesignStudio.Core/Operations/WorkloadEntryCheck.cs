using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>What a workload query must satisfy to be added or updated.</summary>
internal static class WorkloadEntryCheck
{
    public static string PathOf(string id) => "workload/" + id;

    public static Diagnostic? Check(WorkloadEntry entry)
    {
        var path = PathOf(entry.Id);
        if (string.IsNullOrWhiteSpace(entry.Sql)) return Error(InvalidValue, path, "The query text must not be empty.");
        if (!double.IsFinite(entry.Frequency) || entry.Frequency <= 0)
            return Error(InvalidValue, path, $"The frequency must be a positive number, not {entry.Frequency}.");
        return null;
    }
}

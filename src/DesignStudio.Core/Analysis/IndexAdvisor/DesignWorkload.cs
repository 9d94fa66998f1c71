using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.IndexAdvisor;

/// <summary>The workload stored in a design (<see cref="Design.Workload"/>) as advisor input.</summary>
public static class DesignWorkload
{
    /// <summary>The design's workload queries, in order, with their names and frequencies (non-positive ones read as 1).</summary>
    public static IReadOnlyList<WorkloadQuery> Queries(Design design) =>
        design.Workload.Select(e => new WorkloadQuery(e.Sql, double.IsFinite(e.Frequency) && e.Frequency > 0 ? e.Frequency : 1) { Name = e.Name }).ToArray();

    /// <summary>
    /// The syntax of the workload: the dialect its entries name when they agree, else <paramref name="fallback"/>
    /// (entries without a dialect agree with anything).
    /// </summary>
    public static string Dialect(Design design, string fallback)
    {
        var named = design.Workload.Select(e => e.Dialect).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return named.Length == 1 ? named[0] : fallback;
    }
}

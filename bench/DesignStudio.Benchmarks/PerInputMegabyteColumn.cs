using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DesignStudio.Benchmarks;

/// <summary>
/// Time or allocation of one operation divided by the size of its input (the benchmark's <c>Copies</c> parameter
/// times lago.sql): flat across sizes when the cost grows linearly.
/// </summary>
public sealed class PerInputMegabyteColumn(bool allocation) : IColumn
{
    private readonly Dictionary<int, double> megabytes = [];

    public string Id => allocation ? "AllocatedPerMB" : "TimePerMB";

    public string ColumnName => allocation ? "Allocated/MB" : "Time/MB";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => allocation ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => allocation ? UnitType.Size : UnitType.Time;

    public string Legend => allocation ? "Bytes allocated per operation per MB of input" : "Mean time per operation per MB of input";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report is null || benchmarkCase.Parameters["Copies"] is not int copies) return "-";
        if (!megabytes.TryGetValue(copies, out var mb)) megabytes[copies] = mb = LagoCopies.Megabytes(copies);
        if (allocation)
        {
            var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is null ? "-" : $"{bytes.Value / mb / 1e6:F2} MB";
        }
        return report.ResultStatistics is { } stats ? $"{stats.Mean / mb / 1e6:F2} ms" : "-";
    }

    public override string ToString() => ColumnName;
}

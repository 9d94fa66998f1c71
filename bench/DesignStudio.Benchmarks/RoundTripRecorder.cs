using System.Diagnostics.Metrics;
using System.Globalization;
using DesignStudio.Data;
using DesignStudio.Web.Collaboration;

namespace DesignStudio.Benchmarks;

/// <summary>
/// Per-operation figures for <see cref="CollaborationRoundTripBenchmarks"/>: every round trip, and the phases the
/// studio's own metrics (<see cref="CollaborationMetrics"/>, <see cref="StoreMetrics"/>) record while it is under way —
/// so the slow operations can be explained, not only counted. The first <see cref="WarmUpOperations"/> are reported
/// apart (JIT, connection pools, the first snapshot).
/// </summary>
internal sealed class RoundTripRecorder : IDisposable
{
    public const int WarmUpOperations = 30;

    private readonly MeterListener listener = new();
    private readonly List<Operation> operations = [];
    private readonly Lock gate = new();
    private Operation? current;

    private sealed class Operation
    {
        public double Total { get; set; }
        public Dictionary<string, double> Phases { get; } = new(StringComparer.Ordinal);
        public bool SnapshotWriting { get; set; }
        public string AppendWaitedFor { get; set; } = "none";
    }

    public RoundTripRecorder()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name is CollaborationMetrics.MeterName or StoreMetrics.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>(OnMeasurement);
        listener.Start();
    }

    public int Count
    {
        get { lock (gate) return operations.Count; }
    }

    /// <summary>An operation starts: what is measured from now on belongs to it (operations run one at a time).</summary>
    public void Begin()
    {
        lock (gate) operations.Add(current = new Operation());
    }

    public void End(double milliseconds)
    {
        lock (gate) current!.Total = milliseconds;
    }

    private void OnMeasurement(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        string? phase = null, writer = null, heldBy = null, snapshot = null;
        foreach (var tag in tags)
        {
            switch (tag.Key)
            {
                case "phase": phase = tag.Value as string; break;
                case "writer": writer = tag.Value as string; break;
                case "held_by": heldBy = tag.Value as string; break;
                case "snapshot": snapshot = tag.Value as string; break;
            }
        }
        lock (gate)
        {
            // A catch-up at the other instance may report just after the page was notified: it still belongs here.
            if (current is null) return;
            if (phase is not null && phase != "total")
            {
                current.Phases[phase] = current.Phases.GetValueOrDefault(phase) + value;
                if (snapshot == "writing") current.SnapshotWriting = true;
            }
            else if (writer == "append")
            {
                current.Phases["append.wait"] = current.Phases.GetValueOrDefault("append.wait") + value;
                if (heldBy is not null and not "none") current.AppendWaitedFor = heldBy;
            }
        }
    }

    /// <summary>The report: warm-up, percentiles, and the phases of the typical and of the slowest operations.</summary>
    public IEnumerable<string> Report(int instances)
    {
        List<Operation> all;
        lock (gate) all = [.. operations.Where(o => o.Total > 0)];
        if (all.Count == 0) yield break;
        var warm = all.Take(WarmUpOperations).ToList();
        var measured = all.Skip(WarmUpOperations).ToList();
        var w = warm.Select(o => o.Total).Order().ToList();
        yield return $"Per-operation round trip, {instances} instance(s): warm-up (first {warm.Count}) p50 {At(w, 0.5):F1} ms, max {w[^1]:F1} ms";
        if (measured.Count == 0) yield break;
        var sorted = measured.Select(o => o.Total).Order().ToList();
        var p95 = At(sorted, 0.95);
        yield return $"Per-operation round trip, {instances} instance(s): n={sorted.Count} after warm-up, p50 {At(sorted, 0.5):F1} ms, " +
            $"p90 {At(sorted, 0.9):F1} ms, p95 {p95:F1} ms, p99 {At(sorted, 0.99):F1} ms, max {sorted[^1]:F1} ms";
        yield return "  phases, mean ms (all):         " + Phases(measured);
        var slow = measured.Where(o => o.Total >= p95).ToList();
        yield return $"  phases, mean ms (slowest {slow.Count}, >= p95): " + Phases(slow);
        yield return $"  slowest {slow.Count}: with a snapshot write running {slow.Count(o => o.SnapshotWriting)}, append waited behind " +
            string.Join(", ", slow.GroupBy(o => o.AppendWaitedFor).Select(g => $"{g.Key} {g.Count()}")) +
            $"; all {measured.Count}: with a snapshot write running {measured.Count(o => o.SnapshotWriting)}";
        foreach (var o in measured.OrderByDescending(o => o.Total).Take(5))
        {
            yield return $"  {o.Total,7:F1} ms: " + string.Join(", ", o.Phases.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value:F1}")) +
                (o.SnapshotWriting ? " (snapshot writing)" : "") + (o.AppendWaitedFor != "none" ? $" (append behind {o.AppendWaitedFor})" : "");
        }
    }

    private static string Phases(List<Operation> ops)
    {
        var keys = ops.SelectMany(o => o.Phases.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var parts = keys.Select(k => $"{k} {ops.Average(o => o.Phases.GetValueOrDefault(k)).ToString("F2", CultureInfo.InvariantCulture)}").ToList();
        var rest = ops.Average(o => o.Total - o.Phases.Where(p => p.Key is not "append.wait").Sum(p => p.Value));
        parts.Add($"unaccounted (thread hops, bus delivery) {rest:F2}");
        parts.Insert(0, $"total {ops.Average(o => o.Total):F2}");
        return string.Join(", ", parts);
    }

    private static double At(List<double> sorted, double q) => sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(q * sorted.Count) - 1))];

    public void Dispose() => listener.Dispose();
}

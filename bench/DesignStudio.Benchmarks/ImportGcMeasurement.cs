using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Runtime.InteropServices;
using DesignStudio.Core.Import;

namespace DesignStudio.Benchmarks;

/// <summary>
/// <c>import-gc [ROUNDS] [SIZES]</c>: what the garbage collector costs a PostgreSQL import at 1x, 2x, 5x and 10x lago.sql
/// (<see cref="LagoCopies"/>), read on a loaded machine where wall-clock times are not (issue 3 "Speed"). Imports run
/// back to back as in BenchmarkDotNet (20 MB of input per size and round, sizes interleaved); per import it prints the
/// medians over rounds of wall time, this thread's CPU time (the collector's blocking work runs on it), GC pause time,
/// and the means of allocation, collections and bytes promoted out of gen0 and gen1 (from the runtime's GCHeapStats
/// events). A linear import has flat "thread CPU per MB" and "wall minus pause per MB" columns.
/// </summary>
public static class ImportGcMeasurement
{
    private static readonly int[] DefaultSizes = [1, 2, 5, 10];

    /// <summary>Runs the measurement and prints one table.</summary>
    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8;
        // Optional second argument: the sizes as a comma-separated list (e.g. 1,2,5,10,20,40 to see the trend beyond 10x).
        var sizes = args.Length > 1 ? args[1].Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray() : DefaultSizes;
        var texts = sizes.ToDictionary(s => s, LagoCopies.Times);
        using var listener = new GcHeapStatsListener();
        var spans = new List<(int Size, DateTime From, DateTime To, int Imports)>();
        var rows = sizes.ToDictionary(s => s, _ => new List<double[]>());
        foreach (var s in sizes) new PostgreSqlDdlParser().Parse(texts[s]);
        for (var r = 0; r < rounds; r++)
        {
            foreach (var s in sizes)
            {
                var imports = Math.Max(2, 20 / s);
                var (c0, c1, c2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                var pause = GC.GetTotalPauseDuration();
                var allocated = GC.GetTotalAllocatedBytes(true);
                var cpu = ThreadCpuMilliseconds();
                var from = DateTime.UtcNow;
                var wall = Stopwatch.StartNew();
                for (var k = 0; k < imports; k++) GC.KeepAlive(new PostgreSqlDdlParser().Parse(texts[s]));
                wall.Stop();
                spans.Add((s, from, DateTime.UtcNow, imports));
                rows[s].Add([wall.Elapsed.TotalMilliseconds / imports, (ThreadCpuMilliseconds() - cpu) / imports,
                    (GC.GetTotalPauseDuration() - pause).TotalMilliseconds / imports, (GC.GetTotalAllocatedBytes(true) - allocated) / 1e6 / imports,
                    (GC.CollectionCount(0) - c0) / (double)imports, (GC.CollectionCount(1) - c1) / (double)imports, (GC.CollectionCount(2) - c2) / (double)imports]);
            }
        }
        Thread.Sleep(2000); // runtime events arrive on a dispatcher thread
        var events = listener.Snapshot();
        Console.WriteLine($"import-gc: {rounds} rounds, server GC {System.Runtime.GCSettings.IsServerGC}, {DateTime.UtcNow:u}");
        Console.WriteLine("| Copies | MB | Wall ms | Thread CPU ms | GC pause ms | Allocated MB | GCs gen0/1/2 | Promoted gen0→1 / gen1→2 MB | Thread CPU per MB | Wall − pause per MB |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in sizes)
        {
            var mb = texts[s].Length / 1e6;
            double Median(int k) { var v = rows[s].Select(x => x[k]).Order().ToArray(); return v[v.Length / 2]; }
            double Mean(int k) => rows[s].Average(x => x[k]);
            var mine = spans.Where(p => p.Size == s).ToArray();
            var imports = mine.Sum(p => p.Imports);
            var own = events.Where(e => mine.Any(p => e.Time >= p.From && e.Time <= p.To)).ToArray();
            var (p0, p1) = (own.Sum(e => e.Promoted0) / 1e6 / imports, own.Sum(e => e.Promoted1) / 1e6 / imports);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s}x | {mb:F2} | {Median(0):F1} | {Median(1):F1} | {Median(2):F1} | {Mean(3):F1} | {Mean(4):F2}/{Mean(5):F2}/{Mean(6):F2} | {p0:F1} / {p1:F1} | {Median(1) / mb:F1} | {(Median(0) - Median(2)) / mb:F1} |"));
        }
        return 0;
    }

    private static double ThreadCpuMilliseconds()
    {
        // CLOCK_THREAD_CPUTIME_ID (Linux): CPU time of this thread only, unaffected by other processes' load.
        if (!OperatingSystem.IsLinux()) return Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        _ = ClockGetTime(3, out var ts);
        return ts.Seconds * 1000.0 + ts.Nanoseconds / 1e6;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private sealed record HeapStats(DateTime Time, long Promoted0, long Promoted1);

    /// <summary>Bytes promoted per collection, from the runtime's GCHeapStats_V2 events.</summary>
    private sealed class GcHeapStatsListener : EventListener
    {
        private readonly List<HeapStats> events = [];

        public List<HeapStats> Snapshot()
        {
            lock (events) return [.. events];
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Informational, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName != "GCHeapStats_V2" || e.Payload is null || e.PayloadNames is null) return;
            long Value(string name) => Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf(name)], CultureInfo.InvariantCulture);
            lock (events) events.Add(new HeapStats(e.TimeStamp.ToUniversalTime(), Value("TotalPromotedSize0"), Value("TotalPromotedSize1")));
        }
    }
}

using System.Diagnostics;
using System.Globalization;

namespace DesignStudio.Benchmarks;

/// <summary>
/// CPU time used by this process (the studio runs in it) and by its child processes' descendants (the Playwright driver
/// and Chromium), read from /proc. On a shared, loaded machine CPU time says more about cost than wall-clock time does.
/// </summary>
public static class ProcessCpu
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>CPU time of this process.</summary>
    public static TimeSpan Own() => Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>
    /// CPU time the descendants alive now used since <paramref name="before"/> (a process that started since counts
    /// whole; one that exited is not counted, so take the second snapshot before closing anything).
    /// </summary>
    public static TimeSpan Since(IReadOnlyDictionary<int, long> before) =>
        TimeSpan.FromSeconds(Descendants().Sum(p => p.Value - before.GetValueOrDefault(p.Key)) / TicksPerSecond);

    /// <summary>CPU clock ticks (user + system) of every live descendant of this process, by process id.</summary>
    public static IReadOnlyDictionary<int, long> Descendants()
    {
        var result = new Dictionary<int, long>();
        if (!Directory.Exists("/proc")) return result;
        var parents = new Dictionary<int, int>();
        var ticks = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                ticks[pid] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException) { /* exited */ }
            catch (UnauthorizedAccessException) { /* not ours */ }
        }
        var self = Environment.ProcessId;
        foreach (var (pid, t) in ticks)
        {
            for (var p = parents.GetValueOrDefault(pid); p > 1; p = parents.GetValueOrDefault(p))
            {
                if (p != self) continue;
                result[pid] = t;
                break;
            }
        }
        return result;
    }
}

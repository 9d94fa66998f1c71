using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace DesignStudio.Benchmarks;

/// <summary>
/// Where one cold load's time goes (<c>DESIGNSTUDIO_BENCH_TRACE=/some/folder</c>): Chromium's own trace of the page
/// (CDP <c>Tracing</c>: each script's compile and run, each stylesheet's parse, style, layout and paint, with the time
/// from navigation) and the server's activities during the load (every <see cref="ActivitySource"/> in the process:
/// each HTTP request with its duration, the circuit's start, the design page's loading steps). A traced load is an
/// extra load, never one of the measured ones: tracing slows the browser down.
/// </summary>
public sealed class CanvasLoadTrace : IDisposable
{
    // The main-thread events worth naming one by one (the rest is summed by name).
    private static readonly HashSet<string> Named =
    [
        "ParseHTML", "EvaluateScript", "v8.compile", "v8.compileModule", "v8.evaluateModule", "ParseAuthorStyleSheet",
        "UpdateLayoutTree", "Layout", "Paint", "PrePaint", "Commit", "FunctionCall", "TimerFire", "EventDispatch",
        "FireAnimationFrame", "MajorGC", "MinorGC", "v8.gc", "HitTest", "RunMicrotasks", "XHRReadyStateChange",
    ];

    private readonly ConcurrentQueue<JsonElement> events = new();
    private readonly ConcurrentQueue<Activity> activities = new();
    private readonly ActivityListener listener;
    private readonly TaskCompletionSource complete = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ICDPSession? cdp;
    private DateTime navigationUtc;

    public CanvasLoadTrace()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>The folder asked for, or null when no trace is wanted.</summary>
    public static string? Folder => Environment.GetEnvironmentVariable("DESIGNSTUDIO_BENCH_TRACE") is { Length: > 0 } f ? f : null;

    /// <summary>Starts Chromium's trace of <paramref name="session"/>'s page; call just before navigating.</summary>
    public async Task StartAsync(ICDPSession session)
    {
        cdp = session;
        session.Event("Tracing.dataCollected").OnEvent += (_, data) =>
        {
            if (data is { } d) foreach (var e in d.GetProperty("value").EnumerateArray()) events.Enqueue(e.Clone());
        };
        session.Event("Tracing.tracingComplete").OnEvent += (_, _) => complete.TrySetResult();
        await session.SendAsync("Tracing.start", new()
        {
            ["transferMode"] = "ReportEvents",
            ["categories"] = "devtools.timeline,v8,v8.execute,blink.user_timing,loading,disabled-by-default-devtools.timeline",
        });
        navigationUtc = DateTime.UtcNow;
    }

    /// <summary>Stops the trace and writes the report for a load of <paramref name="tables"/> tables.</summary>
    public async Task<string> StopAsync(int tables, string phases)
    {
        await cdp!.SendAsync("Tracing.end");
        await complete.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var text = new StringBuilder().Append("phases ").Append(phases).Append("\n\n");
        WriteServer(text);
        WriteBrowser(text);
        var folder = Folder!;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{tables}-{DateTime.UtcNow:HHmmssfff}-trace.txt");
        await File.WriteAllTextAsync(path, text.ToString());
        // The whole trace as well, for Perfetto or chrome://tracing.
        await using (var json = File.Create(Path.ChangeExtension(path, ".json")))
        {
            await JsonSerializer.SerializeAsync(json, new { traceEvents = events.ToArray() });
        }
        return path;
    }

    private void WriteServer(StringBuilder text)
    {
        text.Append("== Server activities (ms since navigation: start-end, duration)\n");
        foreach (var a in activities.Where(a => a.StartTimeUtc >= navigationUtc.AddSeconds(-1)).OrderBy(a => a.StartTimeUtc))
        {
            var start = (a.StartTimeUtc - navigationUtc).TotalMilliseconds;
            // Hosting's request activity names no path: the request timeline's entry with the same trace id does.
            var request = a.OperationName == "Microsoft.AspNetCore.Hosting.HttpRequestIn" && RequestTimeline.Find(a.TraceId.ToString()) is { } r ? r + " " : "";
            var tags = request + string.Join(" ", a.TagObjects.Where(t => t.Key is "url.path" or "http.route" or "aspnetcore.components.type")
                .Select(t => $"{t.Key}={t.Value}"));
            text.Append(CultureInfo.InvariantCulture, $"{start,7:F0}-{start + a.Duration.TotalMilliseconds,7:F0} {a.Duration.TotalMilliseconds,7:F1} ms  {a.Source.Name}: {a.DisplayName} {tags}\n");
        }
        text.Append('\n');
    }

    private void WriteBrowser(StringBuilder text)
    {
        var all = events.ToList();
        // Main threads of renderer processes; time zero is the page's navigationStart.
        var mains = all.Where(e => e.GetProperty("ph").GetString() == "M" && e.GetProperty("name").GetString() == "thread_name"
                && e.GetProperty("args").GetProperty("name").GetString() == "CrRendererMain")
            .Select(e => (Pid: e.GetProperty("pid").GetInt32(), Tid: e.GetProperty("tid").GetInt32())).ToHashSet();
        var navigation = all.Where(e => e.GetProperty("name").GetString() == "navigationStart"
                && e.TryGetProperty("args", out var a) && a.TryGetProperty("data", out var d) && d.TryGetProperty("documentLoaderURL", out var u)
                && u.GetString()!.Contains("/projects/", StringComparison.Ordinal))
            .Select(e => e.GetProperty("ts").GetDouble()).DefaultIfEmpty(all.Count == 0 ? 0 : all.Min(e => e.TryGetProperty("ts", out var t) ? t.GetDouble() : double.MaxValue)).Min();
        var complete = all.Where(e => e.GetProperty("ph").GetString() == "X" && e.TryGetProperty("dur", out _)
            && mains.Contains((e.GetProperty("pid").GetInt32(), e.GetProperty("tid").GetInt32()))).ToList();
        text.Append("== Chromium main thread: time per event name (ms, events nest, so sums overlap)\n");
        foreach (var g in complete.GroupBy(e => e.GetProperty("name").GetString()!).Select(g => (Name: g.Key, Ms: g.Sum(e => e.GetProperty("dur").GetDouble()) / 1000, Count: g.Count()))
                     .OrderByDescending(g => g.Ms).Take(30))
            text.Append(CultureInfo.InvariantCulture, $"{g.Ms,8:F1} ms {g.Count,6}x  {g.Name}\n");
        text.Append("\n== Chromium main thread: named events of 2 ms or more (ms since navigation: start-end, duration, detail)\n");
        foreach (var e in complete.Where(e => Named.Contains(e.GetProperty("name").GetString()!) && e.GetProperty("dur").GetDouble() >= 2000)
                     .OrderBy(e => e.GetProperty("ts").GetDouble()))
        {
            var start = (e.GetProperty("ts").GetDouble() - navigation) / 1000;
            var dur = e.GetProperty("dur").GetDouble() / 1000;
            text.Append(CultureInfo.InvariantCulture, $"{start,7:F0}-{start + dur,7:F0} {dur,7:F1} ms  {e.GetProperty("name").GetString()} {Detail(e)}\n");
        }
        // Every thread of every process the trace covers: where Chromium's CPU goes besides the page's main thread.
        var names = all.Where(e => e.GetProperty("ph").GetString() == "M" && e.GetProperty("name").GetString() is "thread_name" or "process_name")
            .GroupBy(e => (e.GetProperty("pid").GetInt32(), e.GetProperty("name").GetString() == "thread_name" ? e.GetProperty("tid").GetInt32() : -1))
            .ToDictionary(g => g.Key, g => g.First().GetProperty("args").GetProperty("name").GetString() ?? "?");
        text.Append("\n== Chromium threads: time in top-level tasks (ms)\n");
        foreach (var t in all.Where(e => e.GetProperty("ph").GetString() == "X" && e.TryGetProperty("dur", out _)
                         && e.GetProperty("name").GetString() is "RunTask" or "ThreadControllerImpl::RunTask" or "ThreadPool_RunTask")
                     .GroupBy(e => (Pid: e.GetProperty("pid").GetInt32(), Tid: e.GetProperty("tid").GetInt32()))
                     .Select(g => (g.Key, Ms: g.Sum(e => e.GetProperty("dur").GetDouble()) / 1000)).OrderByDescending(t => t.Ms).Take(15))
            text.Append(CultureInfo.InvariantCulture, $"{t.Ms,8:F1} ms  {names.GetValueOrDefault((t.Key.Pid, -1), "?")} {t.Key.Pid} / {names.GetValueOrDefault((t.Key.Pid, t.Key.Tid), "?")}\n");
        text.Append("\n== Chromium main thread: busy per 100 ms since navigation (ms of top-level tasks)\n");
        var tasks = complete.Where(e => e.GetProperty("name").GetString() is "RunTask" or "ThreadControllerImpl::RunTask").ToList();
        foreach (var bucket in tasks.GroupBy(e => (int)((e.GetProperty("ts").GetDouble() - navigation) / 100_000)).OrderBy(b => b.Key))
            text.Append(CultureInfo.InvariantCulture, $"{bucket.Key * 100,6} ms: {bucket.Sum(e => e.GetProperty("dur").GetDouble()) / 1000,6:F1} ms\n");
    }

    private static string Detail(JsonElement e)
    {
        if (!e.TryGetProperty("args", out var args)) return "";
        var data = args.TryGetProperty("data", out var d) ? d : args.TryGetProperty("beginData", out var b) ? b : args;
        foreach (var key in new[] { "url", "styleSheetUrl", "functionName", "type", "elementCount" })
        {
            if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty(key, out var v) && v.ToString() is { Length: > 0 } s)
                return $"{key}={(s.Length > 90 ? s[^90..] : s)}";
        }
        return "";
    }

    public void Dispose() => listener.Dispose();
}

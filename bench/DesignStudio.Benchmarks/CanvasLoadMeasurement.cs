using System.Diagnostics;
using System.Globalization;
using DesignStudio.Core.Model;
using DesignStudio.Core.Samples;
using DesignStudio.Data;
using DesignStudio.Web.Canvas;
using DesignStudio.Web.Canvas.Layout;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DesignStudio.Benchmarks;

/// <summary>
/// Issue 4's canvas targets, measured end to end (not a BenchmarkDotNet class: it drives a browser). Starts the studio,
/// stores laid-out synthetic designs of 300 and 1,000 tables, and in headless Chromium measures the time from
/// navigation to interactive (every node in view rendered and a table selected by a click) with the CPU time server
/// and browser spent on it, the server GC heap per open design page, and the round trip of one drag step. Run:
/// <c>dotnet run -c Release --project bench/DesignStudio.Benchmarks -- canvas-load [runs]</c>.
/// </summary>
public static class CanvasLoadMeasurement
{
    private const string ChromiumPath = "/usr/bin/chromium";

    // Elements per part of the design page, to see what the DOM is made of.
    private const string DomBreakdownScript = """
        () => {
          const count = sel => { const e = document.querySelector(sel); return e ? e.querySelectorAll('*').length : 0; };
          return [
            'page ' + document.querySelectorAll('*').length,
            'diagram ' + count('[role=region][aria-label=Diagram]'),
            'minimap ' + count('.ds-minimap'),
            'table list ' + count('nav[aria-label="Table list"]'),
            'side panel ' + count('aside[aria-label="Design panels"]'),
            'table editor ' + count('[role=region][aria-label^="Table "]'),
            'diagnostics ' + count('[role=region][aria-label=Diagnostics]') + ' (' + document.querySelectorAll('[aria-label="Diagnostics list"] [data-code]').length + ' items)',
            'DDL ' + count('[role=region][aria-label=DDL]') + ' (' + Math.round((document.querySelector('.ds-ddl')?.textContent.length ?? 0) / 1024) + ' K chars)',
          ].join(', ');
        }
        """;

    // The browser's own timeline of the load (ms since navigation start): document events and every resource fetched.
    private const string BrowserTimelineScript = """
        () => {
          const n = performance.getEntriesByType('navigation')[0];
          const lines = [`document: response end ${n.responseEnd.toFixed(0)}, DOM interactive ${n.domInteractive.toFixed(0)}, DOMContentLoaded ${n.domContentLoadedEventEnd.toFixed(0)}, load ${n.loadEventEnd.toFixed(0)}, ${n.transferSize} B`];
          for (const r of performance.getEntriesByType('resource'))
            lines.push(`${r.startTime.toFixed(0)}-${r.responseEnd.toFixed(0)} ms ${r.initiatorType} ${r.name.replace(location.origin, '')} ${r.transferSize} B (${r.decodedBodySize} B decoded)`);
          for (const p of performance.getEntriesByType('paint')) lines.push(`${p.startTime.toFixed(0)} ms ${p.name}`);
          return lines.join('\n');
        }
        """;

    // What the page's scripts, stylesheets and other requests took on the wire (Resource Timing's transferSize: body as
    // sent, compressed or not, plus headers; 0 when served from the browser cache), and how many requests were made.
    private const string AssetBytesScript = """
        () => {
          const r = performance.getEntriesByType('resource');
          return [r.reduce((sum, e) => sum + e.transferSize, 0), r.length];
        }
        """;

    // Counts the rendered nodes that overlap the canvas; true once there are at least as many as expected.
    private const string NodesInViewScript = """
        expected => {
          const canvas = document.querySelector('.diagram-canvas');
          if (!canvas) return false;
          const r = canvas.getBoundingClientRect();
          let n = 0;
          for (const e of canvas.querySelectorAll('.diagram-node')) {
            const b = e.getBoundingClientRect();
            if (b.right > r.left && b.left < r.right && b.bottom > r.top && b.top < r.bottom) n++;
          }
          return n >= expected;
        }
        """;

    /// <summary><paramref name="design"/> with every table placed by the auto-layout, as a user would have it.</summary>
    public static Design LaidOut(Design design)
    {
        var positions = LayeredLayout.Arrange(design);
        return design with { Tables = design.Tables.Select(t => t with { Position = positions[t.Id] }).ToValueList() };
    }

    /// <summary>Runs the measurements and prints Markdown tables; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        if (!File.Exists(ChromiumPath))
        {
            Console.Error.WriteLine($"{ChromiumPath} is missing (apt-get install -y chromium).");
            return 2;
        }
        await using var server = new BenchStudioServer();
        var store = server.Services.GetRequiredService<ProjectStore>();
        var userId = await RegisterAsync(server);
        var designs = new SortedDictionary<int, (Guid Id, Design Design)>();
        // 3 tables: what the page costs without a large design. DESIGNSTUDIO_BENCH_SIZES=300,1000 measures only those.
        int[] sizes = Environment.GetEnvironmentVariable("DESIGNSTUDIO_BENCH_SIZES") is { Length: > 0 } only
            ? [.. only.Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))]
            : [3, 300, 1000];
        foreach (var size in sizes)
        {
            var design = LaidOut(SyntheticDesign.Create(size, seed: 42));
            var created = await store.CreateProjectAsync(userId, $"Synthetic {size}", design);
            designs[size] = (created.Value!.Id, design);
        }
        var lines = new List<string>();
        foreach (var (size, (id, design)) in designs) lines.AddRange(ServerWork.Measure(server.Services, design, size, id, userId));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        // Heap first, while the server's buffer pools have seen only this kind of page.
        foreach (var (size, (id, design)) in designs)
        {
            await LoadAsync(browser, server, id, design); // warm-up
            var pages = size == 1000 ? 4 : 8;
            var heap = await HeapPerPageAsync(browser, server, id, design, pages);
            lines.Add($"| {size} tables: server GC heap per open design page ({pages} pages opened) / freed per page when they closed | {heap.Opened / 1024.0 / 1024.0:F1} MB / {heap.Freed / 1024.0 / 1024.0:F1} MB |");
            lines.Add($"| {size} tables: heap left per closed page (at once / once no closed circuit is reachable, after {heap.Waited.TotalSeconds:F0} s) | {heap.LeftAtOnce / 1024.0 / 1024.0:F1} MB / {heap.Left / 1024.0 / 1024.0:F1} MB |");
        }
        foreach (var (size, (id, design)) in designs)
        {
            await LoadAsync(browser, server, id, design); // warm-up: JIT, static assets, SQLite
            var loads = new List<CanvasLoadResult>();
            for (var i = 0; i < runs; i++) loads.Add(await LoadAsync(browser, server, id, design));
            lines.Add($"| {size} tables: navigation to interactive, new browser context (wall clock) | median {Median(loads, l => l.Interactive):F0} ms (min {loads.Min(l => l.Interactive):F0}, max {loads.Max(l => l.Interactive):F0}; {runs} runs) |");
            var cached = await NewContextAsync(browser, server);
            await LoadAsync(browser, server, id, design, cached);
            var warm = new List<CanvasLoadResult>();
            for (var i = 0; i < runs; i++) warm.Add(await LoadAsync(browser, server, id, design, cached, closePage: true));
            await cached.CloseAsync();
            lines.Add($"| {size} tables: navigation to interactive, same context (scripts and styles cached) | median {Median(warm, l => l.Interactive):F0} ms (min {warm.Min(l => l.Interactive):F0}, max {warm.Max(l => l.Interactive):F0}; CPU server {Median(warm, l => l.ServerCpu):F0} ms, Chromium {Median(warm, l => l.BrowserCpu):F0} ms) |");
            lines.Add($"| {size} tables: phases (median ms: HTML / canvas in DOM / nodes in view / selected) | {Median(loads, l => l.Html):F0} / {Median(loads, l => l.Canvas):F0} / {Median(loads, l => l.Nodes):F0} / {Median(loads, l => l.Interactive):F0} |");
            lines.Add($"| {size} tables: CPU time per load (median: server / Chromium) | {Median(loads, l => l.ServerCpu):F0} ms / {Median(loads, l => l.BrowserCpu):F0} ms |");
            lines.Add($"| {size} tables: Chromium main thread per load (median ms: script / layout / style; DOM nodes) | {Median(loads, l => l.Metric("ScriptDuration") * 1000):F0} / {Median(loads, l => l.Metric("LayoutDuration") * 1000):F0} / {Median(loads, l => l.Metric("RecalcStyleDuration") * 1000):F0}; {Median(loads, l => l.Metric("Nodes")):F0} |");
            lines.Add($"| {size} tables: bytes per load (prerendered HTML / circuit messages) | {loads[0].HtmlBytes / 1024.0:F0} KB / {Median(loads, l => l.CircuitBytes) / 1024.0:F0} KB; {loads[0].Rendered} nodes and {loads[0].Links} links rendered |");
            lines.Add($"| {size} tables: scripts, styles and other requests on the wire per load (new context / cached) | {Median(loads, l => l.AssetBytes) / 1024.0:F0} KB in {Median(loads, l => l.AssetRequests):F0} requests / {Median(warm, l => l.AssetBytes) / 1024.0:F0} KB in {Median(warm, l => l.AssetRequests):F0} |");
            lines.Add($"| {size} tables: DOM elements by part | {loads[0].Dom} |");
        }
        lines.Add("| Targets (issue 4) | 300 tables < 1.5 s, 1,000 tables < 4 s, < 20 MB per open 300-table page |");
        if (designs.ContainsKey(300))
        {
            var (step, stepCpu) = await DragStepAsync(browser, server, designs[300].Id, designs[300].Design);
            lines.Add($"| 300 tables: drag step round trip (pointer move until the node moved in the DOM; median of 30) | {step:F1} ms (server CPU {stepCpu:F1} ms per step) |");
        }

        Console.WriteLine();
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        Console.WriteLine($"Canvas measurements, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {load}, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| Measurement | Result |");
        Console.WriteLine("|---|---|");
        foreach (var line in lines) Console.WriteLine(line);
        return 0;
    }

    // With DESIGNSTUDIO_BENCH_FRAMES=<folder>: each load's circuit messages, first in time order (milliseconds since
    // navigation, direction, size, first words: when the circuit started, what waited on what), then largest first as
    // their printable text (to see what a load sends; the render batches are MessagePack, their strings readable).
    private static void DumpFrames(IEnumerable<(double At, bool Sent, byte[] Data)> frames, int tables, string phases, string browserTimeline)
    {
        if (Environment.GetEnvironmentVariable("DESIGNSTUDIO_BENCH_FRAMES") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        var text = new System.Text.StringBuilder();
        static IEnumerable<string> Readable(byte[] frame) =>
            // The readable runs (render batch strings: element names, attributes, text) of at least four characters.
            System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.UTF8.GetString(frame), @"[^\p{C}\uFFFD]{4,}").Select(m => m.Value);
        text.Append("phases ").Append(phases).Append('\n').Append(browserTimeline).Append("\n\n");
        foreach (var (at, sent, data) in frames.OrderBy(f => f.At))
        {
            var words = string.Join(" | ", Readable(data).Take(4));
            text.Append(CultureInfo.InvariantCulture, $"{at,8:F0} ms {(sent ? "sent" : "recv")} {data.Length,8} B  {(words.Length > 100 ? words[..100] : words)}\n");
        }
        text.Append('\n');
        foreach (var (_, sent, frame) in frames.OrderByDescending(f => f.Data.Length))
        {
            var printable = string.Join(" | ", Readable(frame));
            text.Append("=== ").Append(sent ? "sent " : "").Append(frame.Length).Append(" bytes\n").Append(printable.Length > 60_000 ? printable[..60_000] : printable).Append("\n\n");
        }
        var name = Path.Combine(folder, $"{tables}-{DateTime.UtcNow:HHmmssfff}");
        File.WriteAllText(name + ".txt", text.ToString());
        // The largest message as it came (for tools that decode render batches).
        File.WriteAllBytes(name + ".bin", frames.Where(f => !f.Sent).MaxBy(f => f.Data.Length).Data);
    }

    private static double Median<T>(IReadOnlyList<T> items, Func<T, double> value)
    {
        var sorted = items.Select(value).Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private const string UserName = "bench";
    private const string Password = "bench-password-1";

    // The studio requires sign-in: one account (the first, so administrator) owns the measured projects.
    private static async Task<string> RegisterAsync(BenchStudioServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<DesignStudio.Web.Accounts.AccountRegistration>()
            .RegisterAsync(UserName, UserName + "@example.test", Password);
        return user?.Id ?? throw new InvalidOperationException(string.Join(" ", errors));
    }

    // A context signed in through the real sign-in form (antiforgery token and all), so its pages open the designs.
    private static Task<IBrowserContext> NewContextAsync(IBrowser browser, BenchStudioServer server) =>
        BenchSignIn.NewContextAsync(browser, server, UserName, Password);

    // Navigation to interactive: every node in view rendered and a click on one selects it.
    private static async Task<CanvasLoadResult> LoadAsync(IBrowser browser, BenchStudioServer server, Guid id, Design design, IBrowserContext? keep = null, bool closePage = false)
    {
        var context = keep ?? await NewContextAsync(browser, server);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        long circuitBytes = 0;
        var frames = new System.Collections.Concurrent.ConcurrentQueue<(double At, bool Sent, byte[] Data)>();
        var clock = new Stopwatch();
        page.WebSocket += (_, ws) =>
        {
            ws.FrameReceived += (_, f) =>
            {
                Interlocked.Add(ref circuitBytes, f.Binary?.Length ?? f.Text?.Length ?? 0);
                frames.Enqueue((clock.Elapsed.TotalMilliseconds, false, f.Binary ?? System.Text.Encoding.UTF8.GetBytes(f.Text ?? "")));
            };
            ws.FrameSent += (_, f) => frames.Enqueue((clock.Elapsed.TotalMilliseconds, true, f.Binary ?? System.Text.Encoding.UTF8.GetBytes(f.Text ?? "")));
        };
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Performance.enable");
        var browserCpu = ProcessCpu.Descendants();
        var serverCpu = ProcessCpu.Own();
        clock.Start();
        var response = await page.GotoAsync($"/projects/{id}", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        var html = clock.Elapsed.TotalMilliseconds;
        var canvas = page.Locator(".diagram-canvas");
        await canvas.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        var canvasAt = clock.Elapsed.TotalMilliseconds;
        var box = (await canvas.BoundingBoxAsync())!;
        var inView = design.Tables.Where(t => InView(t, box.Width, box.Height)).ToList();
        await page.WaitForFunctionAsync(NodesInViewScript, inView.Count, new PageWaitForFunctionOptions { PollingInterval = 10 });
        var nodesAt = clock.Elapsed.TotalMilliseconds;
        var first = inView.OrderBy(t => t.Position!.Y + t.Position.X).First();
        await page.Locator($".diagram-node[data-node-id='node/{first.Id}'] .ds-node-header").ClickAsync();
        await page.Locator($".diagram-node.selected[data-node-id='node/{first.Id}']").WaitForAsync();
        var interactive = clock.Elapsed.TotalMilliseconds;
        if (Environment.GetEnvironmentVariable("DESIGNSTUDIO_BENCH_FRAMES") is { Length: > 0 })
        {
            DumpFrames(frames, design.Tables.Count, $"HTML {html:F0} / canvas {canvasAt:F0} / nodes {nodesAt:F0} / selected {interactive:F0} ms",
                await page.EvaluateAsync<string>(BrowserTimelineScript));
        }
        var result = new CanvasLoadResult(html, canvasAt, nodesAt, interactive,
            (ProcessCpu.Own() - serverCpu).TotalMilliseconds, ProcessCpu.Since(browserCpu).TotalMilliseconds,
            Interlocked.Read(ref circuitBytes), response is null ? 0 : (await response.BodyAsync()).Length,
            await page.Locator(".diagram-node").CountAsync())
        {
            BrowserMetrics = await BrowserMetricsAsync(cdp),
            Dom = await page.EvaluateAsync<string>(DomBreakdownScript),
            Links = await page.Locator(".diagram-link").CountAsync(),
        };
        // Read after the measured window and the CPU readings, so it costs the load nothing.
        var assets = await page.EvaluateAsync<long[]>(AssetBytesScript);
        result = result with { AssetBytes = assets[0], AssetRequests = (int)assets[1] };
        if (keep is null) await context.CloseAsync();
        else if (closePage) await page.CloseAsync();
        return result;
    }

    // Chromium's own accounting of the page: DOM size and where the main thread's time went.
    private static async Task<IReadOnlyDictionary<string, double>> BrowserMetricsAsync(ICDPSession cdp)
    {
        var result = await cdp.SendAsync("Performance.getMetrics");
        var metrics = new Dictionary<string, double>();
        foreach (var m in result!.Value.GetProperty("metrics").EnumerateArray()) metrics[m.GetProperty("name").GetString()!] = m.GetProperty("value").GetDouble();
        return metrics;
    }

    // At pan (0, 0) and zoom 1 a node's diagram coordinates are its pixel offset inside the canvas.
    private static bool InView(Table table, double width, double height)
    {
        var p = table.Position!;
        var h = TableNodeGeometry.Height(table.Columns.Count);
        return p.X < width && p.X + TableNodeGeometry.Width > 0 && p.Y < height && p.Y + h > 0;
    }

    private static long Heap()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    // Heap with one page open, then with 1 + N pages open (each its own browser context and circuit), divided by N; the
    // heap freed when the N pages close again; and what is left over the one-page baseline, at once and once every closed
    // circuit has been collected (a JS interop call pending when a page closed roots its circuit until the call times out).
    private static async Task<HeapPerPage> HeapPerPageAsync(IBrowser browser, BenchStudioServer server, Guid id, Design design, int pages)
    {
        await server.Circuits.WaitForAsync(0);
        var contexts = new List<IBrowserContext> { await NewContextAsync(browser, server) };
        await LoadAsync(browser, server, id, design, contexts[0]);
        await server.Circuits.WaitForAsync(1);
        await server.Circuits.WaitUntilClosedCollectedAsync(RetentionLimit);
        var before = Heap();
        await HeapDumps.WriteAsync($"canvas-{design.Tables.Count}-one");
        for (var i = 0; i < pages; i++)
        {
            var context = await NewContextAsync(browser, server);
            contexts.Add(context);
            await LoadAsync(browser, server, id, design, context);
        }
        await server.Circuits.WaitForAsync(pages + 1);
        var after = Heap();
        await HeapDumps.WriteAsync($"canvas-{design.Tables.Count}-all");
        foreach (var context in contexts.Skip(1)) await context.CloseAsync();
        await server.Circuits.WaitForAsync(1);
        var closed = Heap();
        await HeapDumps.WriteAsync($"canvas-{design.Tables.Count}-closed");
        var (waited, _) = await server.Circuits.WaitUntilClosedCollectedAsync(RetentionLimit);
        var released = Heap();
        await contexts[0].CloseAsync();
        return new HeapPerPage((after - before) / (double)pages, (after - closed) / (double)pages,
            (closed - before) / (double)pages, (released - before) / (double)pages, waited);
    }

    private static readonly TimeSpan RetentionLimit = TimeSpan.FromSeconds(90);

    private sealed record HeapPerPage(double Opened, double Freed, double LeftAtOnce, double Left, TimeSpan Waited);

    // Drags a node by 10-pixel steps; each step waits until the server has moved the node in the DOM.
    private static async Task<(double Milliseconds, double ServerCpu)> DragStepAsync(IBrowser browser, BenchStudioServer server, Guid id, Design design)
    {
        var context = await NewContextAsync(browser, server);
        await LoadAsync(browser, server, id, design, context);
        var page = context.Pages[0];
        var node = page.Locator(".diagram-node.selected");
        var box = (await node.Locator(".ds-node-header").BoundingBoxAsync())!;
        float x = box.X + 30, y = box.Y + box.Height / 2;
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        var steps = new List<double>();
        var cpu = ProcessCpu.Own();
        for (var i = 0; i < 30; i++)
        {
            var before = await node.GetAttributeAsync("style");
            var clock = Stopwatch.StartNew();
            x += 10;
            await page.Mouse.MoveAsync(x, y);
            await page.WaitForFunctionAsync("s => document.querySelector('.diagram-node.selected')?.getAttribute('style') !== s", before,
                new PageWaitForFunctionOptions { PollingInterval = 1 });
            steps.Add(clock.Elapsed.TotalMilliseconds);
        }
        var stepCpu = (ProcessCpu.Own() - cpu).TotalMilliseconds / steps.Count;
        await page.Mouse.UpAsync();
        await context.CloseAsync();
        steps.Sort();
        return (steps[steps.Count / 2], stepCpu);
    }
}

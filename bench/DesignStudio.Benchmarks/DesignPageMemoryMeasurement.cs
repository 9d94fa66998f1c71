using System.Globalization;
using DesignStudio.Core.Samples;
using DesignStudio.Data;
using DesignStudio.Web.Collaboration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DesignStudio.Benchmarks;

/// <summary>
/// Issue 8's memory figure: server memory per open design page of a 100-table design — the page's circuit (component
/// tree, diagram) and its share of the design's live session — measured as the GC heap (after full collections) of
/// the real studio before and after opening N pages in headless Chromium, divided by N. The first page also opens the
/// session (model, history, presence), reported apart. Run:
/// <c>dotnet run -c Release --project bench/DesignStudio.Benchmarks -- page-memory [pages]</c>.
/// </summary>
public static class DesignPageMemoryMeasurement
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string UserName = "memory";
    private const string Password = "memory-password-1";
    private static readonly TimeSpan RetentionLimit = TimeSpan.FromSeconds(90);

    /// <summary>Runs the measurement and prints a Markdown table; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var pages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8;
        if (!File.Exists(ChromiumPath))
        {
            Console.Error.WriteLine($"{ChromiumPath} is missing (apt-get install -y chromium).");
            return 2;
        }
        await using var server = new BenchStudioServer();
        var userId = await RegisterAsync(server);
        var design = CanvasLoadMeasurement.LaidOut(SyntheticDesign.Create(100, seed: 42));
        var project = (await server.Services.GetRequiredService<ProjectStore>().CreateProjectAsync(userId, "Synthetic 100", design)).Value!.Id;
        var sessions = server.Services.GetRequiredService<DesignSessionService>();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        // Warm-up (JIT, assets, pools), then nothing open: no circuit, no session.
        var warm = await OpenAsync(browser, server, project);
        await warm.CloseAsync();
        await server.Circuits.WaitForAsync(0);
        await WaitAsync(() => sessions.OpenSessionCount == 0);
        await server.Circuits.WaitUntilClosedCollectedAsync(RetentionLimit);
        var empty = Heap();
        await HeapDumps.WriteAsync("page-memory-empty");

        var contexts = new List<IBrowserContext> { await OpenAsync(browser, server, project) };
        await server.Circuits.WaitForAsync(1);
        var one = Heap();
        await HeapDumps.WriteAsync("page-memory-one");
        for (var i = 0; i < pages; i++) contexts.Add(await OpenAsync(browser, server, project));
        await server.Circuits.WaitForAsync(pages + 1);
        var all = Heap();
        await HeapDumps.WriteAsync("page-memory-all");
        foreach (var context in contexts) await context.CloseAsync();
        await server.Circuits.WaitForAsync(0);
        await WaitAsync(() => sessions.OpenSessionCount == 0);
        var closed = Heap();
        var heldAtOnce = server.Circuits.ClosedStillReachable();
        await HeapDumps.WriteAsync("page-memory-closed");
        // Closed circuits a pending JS interop call still roots (see CircuitCounter) are released by its timeout.
        var (waited, _) = await server.Circuits.WaitUntilClosedCollectedAsync(RetentionLimit);
        var released = Heap();
        var heldAfter = server.Circuits.ClosedStillReachable();
        await HeapDumps.WriteAsync("page-memory-released");

        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        Console.WriteLine();
        Console.WriteLine($"Design page memory, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {load}, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| Measurement (100-table design, server GC heap after full collections) | Result |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| Each further open page (circuit and page state; {pages} pages opened) | {Mb((all - one) / (double)pages)} MB |");
        Console.WriteLine($"| First open page, including the design's live session | {Mb(one - empty)} MB |");
        Console.WriteLine($"| All {pages + 1} pages closed, at once (left over vs. nothing open; {heldAtOnce} closed circuits still reachable) | {Mb(closed - empty)} MB |");
        Console.WriteLine($"| All {pages + 1} pages closed, once no closed circuit is reachable (waited {waited.TotalSeconds:F0} s; {heldAfter} still reachable) | {Mb(released - empty)} MB |");
        return 0;
    }

    private static string Mb(double bytes) => (bytes / 1024 / 1024).ToString("F1", CultureInfo.InvariantCulture);

    private static long Heap()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++) await Task.Delay(100);
        if (!condition()) throw new TimeoutException("The studio did not settle.");
    }

    private static async Task<string> RegisterAsync(BenchStudioServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<DesignStudio.Web.Accounts.AccountRegistration>()
            .RegisterAsync(UserName, UserName + "@example.test", Password);
        return user?.Id ?? throw new InvalidOperationException(string.Join(" ", errors));
    }

    // A signed-in context (through the real sign-in form) with the design page open and its canvas drawn.
    private static async Task<IBrowserContext> OpenAsync(IBrowser browser, BenchStudioServer server, Guid project)
    {
        var context = await BenchSignIn.NewContextAsync(browser, server, UserName, Password);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync($"/projects/{project}");
        await page.Locator(".diagram-canvas .diagram-node").First.WaitForAsync();
        // Presence shows this page once its circuit has joined the session.
        await page.GetByRole(AriaRole.Listitem, new() { Name = "memory (you) is here" }).WaitForAsync();
        return context;
    }
}

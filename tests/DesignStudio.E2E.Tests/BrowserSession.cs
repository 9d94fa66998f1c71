using Microsoft.Playwright;

namespace DesignStudio.E2E.Tests;

/// <summary>Debian's Chromium driven by Playwright (its bundled driver; nothing is downloaded).</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        Playwright = playwright;
        Browser = browser;
    }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public static async Task<BrowserSession> StartAsync()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(ChromiumPath))
        {
            if (inCi) throw new InvalidOperationException($"{ChromiumPath} is missing in CI: scripts/install-deps.sh must install chromium.");
            Skip.If(true, $"{ChromiumPath} is not installed (apt-get install -y chromium).");
        }
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>Waits until the page's Blazor circuit is interactive (the layout marks it).</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
    }
}

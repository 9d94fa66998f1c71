using Microsoft.Playwright;

namespace DesignStudio.E2E.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (its bundled driver; nothing is downloaded). <see cref="Browser"/> signs each
/// new page in as the server's default account; <see cref="RawBrowser"/> does not. To act as someone else, open a
/// page with <see cref="NewPageAsAsync"/> (an existing account) or <see cref="RegisterAsync"/> (through the register form).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        Playwright = playwright;
        RawBrowser = browser;
        Browser = new SignedInBrowser(browser);
    }

    public IPlaywright Playwright { get; }

    /// <summary>The browser; a page opened with a BaseURL is already signed in as <see cref="StudioServer.DefaultUserName"/>.</summary>
    public IBrowser Browser { get; }

    /// <summary>The browser without automatic sign-in.</summary>
    public IBrowser RawBrowser { get; }

    /// <summary>A new page (own cookies) signed in to <paramref name="server"/> as an existing account.</summary>
    public async Task<IPage> NewPageAsAsync(StudioServer server, string userName, string password)
    {
        var context = await RawBrowser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString() });
        await SignedInBrowser.SignInAsync(context, userName, password);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    /// <summary>Registers a new account through the register page in <paramref name="page"/> (which is then signed in as it).</summary>
    public static async Task RegisterAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("User name", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Confirm password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        await WaitForInteractiveAsync(page);
    }

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

    /// <summary>
    /// Opens the design page's side-panel tab named <paramref name="name"/> ("Table", "Tables", "Normal forms",
    /// "Diagnostics", "DDL", "Lint", "Advisor", "Versions") and waits until it is selected: only the open tab's panel
    /// is in the page.
    /// </summary>
    public static async Task OpenTabAsync(IPage page, string name)
    {
        var tab = page.GetByRole(AriaRole.Tab, new() { Name = name, Exact = true });
        await tab.ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(tab).ToHaveAttributeAsync("aria-selected", "true");
    }

    public async ValueTask DisposeAsync()
    {
        await RawBrowser.DisposeAsync();
        Playwright.Dispose();
    }
}

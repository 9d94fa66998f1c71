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

    /// <summary>How long an action, a navigation or an expectation may wait (the flows' page default timeout too).</summary>
    public const float ActionTimeoutMs = 30_000;

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
        // Expect(...) does not follow page.SetDefaultTimeout: its own default is 5 s, while every action a flow takes
        // waits up to 30 s. Under load a save acknowledged after 5 s failed the assertion (seen: "Saved (version 0)"
        // and a column form still open, the edit landing a moment later). One bound for both.
        Assertions.SetDefaultExpectTimeout(ActionTimeoutMs);
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>
    /// Waits until the page shown at the browser's current address has had its first interactive render: the layout's
    /// marker says <c>data-interactive=true</c> and names this address in <c>data-location</c>. Checking only the
    /// flag passed at once after an in-circuit navigation (the previous page's layout still said true), and a click on
    /// prerendered markup before the circuit attaches does nothing at all.
    /// </summary>
    public static async Task WaitForInteractiveAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync(InteractiveHere, null, new PageWaitForFunctionOptions { Timeout = ActionTimeoutMs, PollingInterval = 50 });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{page.Url} did not become interactive. {await DescribeAsync(page)}", e);
        }
    }

    /// <summary>
    /// Creates a project through the projects page's dialog and waits until its design page is interactive. Every flow
    /// that starts from an empty studio uses this one path, so a fix to the create flow reaches all of them.
    /// </summary>
    public static async Task CreateProjectAsync(IPage page, string name)
    {
        if (!Uri.TryCreate(page.Url, UriKind.Absolute, out var at) || at.Scheme != "http" || at.AbsolutePath != "/") await page.GotoAsync("/");
        await WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "New project" }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Project name" }).FillAsync(name);
        var create = page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true });
        // The button is enabled by the server's render of the typed name: then the click reaches a live handler.
        await Assertions.Expect(create).ToBeEnabledAsync();
        await create.ClickAsync();
        await WaitForPageAsync(page, "^/projects/[^/]+$");
    }

    /// <summary>
    /// Waits until the browser shows a path matching <paramref name="pathPattern"/> (a JavaScript regular expression)
    /// and that page had its first interactive render. Used instead of WaitForURLAsync after navigations inside the
    /// circuit (NavigateTo, links): those are history.pushState changes, and WaitForURLAsync — which waits for a
    /// navigation event, then "load" — was seen timing out with the page already at the address and interactive.
    /// Polling the page's own state cannot miss an event.
    /// </summary>
    public static async Task WaitForPageAsync(IPage page, string pathPattern)
    {
        try
        {
            await page.WaitForFunctionAsync($"pattern => new RegExp(pattern).test(location.pathname) && ({InteractiveHere})()", pathPattern,
                new PageWaitForFunctionOptions { Timeout = ActionTimeoutMs, PollingInterval = 50 });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"The page did not reach {pathPattern} interactively. {await DescribeAsync(page)}", e);
        }
    }

    /// <summary>What the page shows that explains a stuck flow: error bar, reconnect state, open dialog, snackbars.</summary>
    public static async Task<string> DescribeAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<string>("""
                () => {
                  const marker = document.querySelector('[data-interactive]');
                  const error = document.getElementById('blazor-error-ui');
                  const reconnect = document.getElementById('components-reconnect-modal');
                  const dialogs = [...document.querySelectorAll('[role=dialog]')].map(d => d.getAttribute('aria-label') || d.textContent.trim().slice(0, 80));
                  const snackbars = [...document.querySelectorAll('.mud-snackbar')].map(s => s.textContent.trim());
                  return `location=${location.href}; marker=${marker ? marker.dataset.interactive + '@' + marker.dataset.location : 'none'}; `
                    + `error-ui=${error && getComputedStyle(error).display !== 'none' ? 'shown' : 'hidden'}; `
                    + `reconnect=${reconnect ? reconnect.className : 'none'}; dialogs=[${dialogs.join(' | ')}]; snackbars=[${snackbars.join(' | ')}]`;
                }
                """);
        }
        catch (PlaywrightException e)
        {
            return "(page state unavailable: " + e.Message + ")";
        }
    }

    private const string InteractiveHere = """
        () => {
          const marker = document.querySelector('[data-interactive=true]');
          return marker !== null && (marker.dataset.location || '').split('#')[0] === location.href.split('#')[0];
        }
        """;

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

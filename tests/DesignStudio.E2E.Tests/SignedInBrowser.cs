using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DesignStudio.E2E.Tests;

/// <summary>
/// The browser as tests use it: a page or context opened with a <c>BaseURL</c> is signed in to that studio as
/// <see cref="StudioServer.DefaultUserName"/> first (through the real sign-in form post, antiforgery token and all),
/// so flows written for the app before it required sign-in keep working unchanged. Everything else is passed through.
/// </summary>
public sealed partial class SignedInBrowser(IBrowser inner) : IBrowser
{
    public event EventHandler<IBrowser>? Disconnected
    {
        add => inner.Disconnected += value;
        remove => inner.Disconnected -= value;
    }

    public event EventHandler<IBrowserContext>? Context
    {
        add => inner.Context += value;
        remove => inner.Context -= value;
    }

    public IBrowserType BrowserType => inner.BrowserType;

    public IReadOnlyList<IBrowserContext> Contexts => inner.Contexts;

    public bool IsConnected => inner.IsConnected;

    public string Version => inner.Version;

    public Task<BrowserBindResult> BindAsync(string title, BrowserBindOptions? options = null) => inner.BindAsync(title, options);

    public Task UnbindAsync() => inner.UnbindAsync();

    public Task CloseAsync(BrowserCloseOptions? options = null) => inner.CloseAsync(options);

    public Task<ICDPSession> NewBrowserCDPSessionAsync() => inner.NewBrowserCDPSessionAsync();

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await inner.NewContextAsync(options);
        if (options?.BaseURL is not null) await SignInAsync(context, StudioServer.DefaultUserName, StudioServer.DefaultPassword);
        return context;
    }

    public async Task<IPage> NewPageAsync(BrowserNewPageOptions? options = null)
    {
        if (options?.BaseURL is null) return await inner.NewPageAsync(options);
        var context = await NewContextAsync(ContextOptions(options));
        return await context.NewPageAsync();
    }

    /// <summary>Signs <paramref name="context"/> (whose options named a BaseURL) in as the given account.</summary>
    public static async Task SignInAsync(IBrowserContext context, string userName, string password)
    {
        var form = await (await context.APIRequest.GetAsync("/account/login")).TextAsync();
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var data = context.APIRequest.CreateFormData();
        data.Set("userName", userName);
        data.Set("password", password);
        data.Set("returnUrl", "/");
        data.Set("__RequestVerificationToken", token);
        var response = await context.APIRequest.PostAsync("/account/login", new() { Form = data, MaxRedirects = 0 });
        if (response.Status != 302 || response.Headers.GetValueOrDefault("location") != "/")
            throw new InvalidOperationException($"Signing in as {userName} failed ({response.Status} {response.Headers.GetValueOrDefault("location")}).");
    }

    // A page's options are a context's options: copy every property the two share.
    private static BrowserNewContextOptions ContextOptions(BrowserNewPageOptions page)
    {
        var context = new BrowserNewContextOptions();
        foreach (var property in typeof(BrowserNewPageOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (typeof(BrowserNewContextOptions).GetProperty(property.Name) is { CanWrite: true } target && target.PropertyType == property.PropertyType)
                target.SetValue(context, property.GetValue(page));
        }
        return context;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

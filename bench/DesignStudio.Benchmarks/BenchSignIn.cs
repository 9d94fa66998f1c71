using Microsoft.Playwright;

namespace DesignStudio.Benchmarks;

/// <summary>A browser context signed in through the studio's real sign-in form (antiforgery token and all).</summary>
public static class BenchSignIn
{
    public static async Task<IBrowserContext> NewContextAsync(IBrowser browser, BenchStudioServer server, string userName, string password)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Address.ToString(), ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
        });
        var form = await (await context.APIRequest.GetAsync("/account/login")).TextAsync();
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        var data = context.APIRequest.CreateFormData();
        data.Set("userName", userName);
        data.Set("password", password);
        data.Set("returnUrl", "/");
        data.Set("__RequestVerificationToken", token);
        var response = await context.APIRequest.PostAsync("/account/login", new() { Form = data, MaxRedirects = 0 });
        if (response.Status != 302) throw new InvalidOperationException($"Signing in failed ({response.Status}).");
        return context;
    }
}

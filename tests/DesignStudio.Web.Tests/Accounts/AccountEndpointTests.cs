using System.Net;
using DesignStudio.Data;
using DesignStudio.Data.Access;
using DesignStudio.Web.Accounts;
using DesignStudio.Web.Services;
using DesignStudio.Web.Tests.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DesignStudio.Web.Tests.Accounts;

/// <summary>Accounts over real HTTP: sign-in is required, the forms post with antiforgery tokens, lockout, first account is admin.</summary>
public sealed class AccountEndpointTests : IAsyncLifetime
{
    private StudioServer server = default!;

    public Task InitializeAsync()
    {
        server = new StudioServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    private HttpClient Anonymous() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };

    [Fact]
    public async Task Pages_send_an_anonymous_visitor_to_sign_in_and_back()
    {
        using var http = Anonymous();
        var project = (await server.Store.CreateProjectAsync("Secret", new Core.Model.Design())).Value!;
        foreach (var path in new[] { "/", $"/projects/{project.Id}", $"/projects/{project.Id}/activity" })
        {
            var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith($"{server.Address}account/login?ReturnUrl={Uri.EscapeDataString(path)}", response.Headers.Location!.ToString());
        }
        var login = await http.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.DoesNotContain("Secret", await login.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/account/register")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task The_first_account_is_administrator_and_later_ones_are_not()
    {
        var second = await server.RegisterAsync("second", "second-password-1");
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StudioUser>>();
        Assert.True(await users.IsInRoleAsync((await users.FindByIdAsync(server.DefaultUserId))!, StudioRoles.Administrator));
        Assert.False(await users.IsInRoleAsync((await users.FindByIdAsync(second))!, StudioRoles.Administrator));
        var stored = (await users.FindByIdAsync(second))!;
        Assert.NotNull(stored.PasswordHash);
        Assert.DoesNotContain("second-password-1", stored.PasswordHash);
    }

    [Fact]
    public async Task Registering_through_the_form_signs_the_new_user_in()
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = server.Address };
        var token = StudioServer.AntiforgeryToken().Match(await http.GetStringAsync("/account/register")).Groups[1].Value;
        var response = await http.PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "newcomer", ["email"] = "newcomer@example.test", ["password"] = "long-enough-1", ["confirmPassword"] = "long-enough-1",
            ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var home = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("newcomer", await home.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_reason()
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = server.Address };
        var token = StudioServer.AntiforgeryToken().Match(await http.GetStringAsync("/account/register")).Groups[1].Value;
        var response = await http.PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "weak", ["password"] = "short", ["confirmPassword"] = "short", ["__RequestVerificationToken"] = token,
        }));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"at least {AccountServices.MinPasswordLength} characters", html);
        Assert.Contains("value=\"weak\"", html);
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_refused()
    {
        using var http = Anonymous();
        var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = StudioServer.DefaultUserName, ["password"] = StudioServer.DefaultPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account()
    {
        await server.RegisterAsync("victim", "victim-password-1");
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = server.Address };
        async Task<string> AttemptAsync(string password)
        {
            var token = StudioServer.AntiforgeryToken().Match(await http.GetStringAsync("/account/login")).Groups[1].Value;
            var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["userName"] = "victim", ["password"] = password, ["__RequestVerificationToken"] = token,
            }));
            return response.Headers.Location!.OriginalString;
        }
        for (var i = 0; i < AccountServices.MaxFailedSignIns - 1; i++) Assert.Contains("error=invalid", await AttemptAsync("wrong"));
        Assert.Contains("error=locked", await AttemptAsync("wrong"));
        Assert.Contains("error=locked", await AttemptAsync("victim-password-1"));
        var page = await http.GetStringAsync("/account/login?error=locked");
        Assert.Contains("This account is locked", page);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var http = await server.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        var token = StudioServer.AntiforgeryToken().Match(await http.GetStringAsync("/")).Groups[1].Value;
        var response = await http.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Another_users_project_is_refused_even_by_url()
    {
        var project = (await server.Store.CreateProjectAsync("Private", StarterDesigns.Blog())).Value!;
        await server.RegisterAsync("stranger", "stranger-password-1");
        using var http = await server.SignedInClientAsync("stranger", "stranger-password-1");
        var list = await http.GetStringAsync("/");
        Assert.DoesNotContain("Private", list);
        var design = await http.GetStringAsync($"/projects/{project.Id}");
        Assert.Contains("You no longer have access", design);
        Assert.DoesNotContain("display_name", design);
    }

    [Fact]
    public async Task Only_local_return_urls_are_followed()
    {
        Assert.Equal("/projects/x", AccountEndpoints.LocalOrHome("/projects/x"));
        Assert.Equal("/", AccountEndpoints.LocalOrHome("https://evil.example/"));
        Assert.Equal("/", AccountEndpoints.LocalOrHome("//evil.example/"));
        Assert.Equal("/", AccountEndpoints.LocalOrHome("/\\evil.example/"));
        Assert.Equal("/", AccountEndpoints.LocalOrHome(null));
        await Task.CompletedTask;
    }
}

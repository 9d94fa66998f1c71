using System.Net;
using System.Text.RegularExpressions;
using DesignStudio.Data;
using DesignStudio.Data.Access;
using DesignStudio.TestSupport;
using DesignStudio.Web.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DesignStudio.Web.Tests.Hosting;

/// <summary>
/// The real studio on Kestrel (a free loopback port) with its SQLite store in a temporary folder, and one registered
/// account (<see cref="DefaultUserName"/>, the first, so administrator) that <see cref="Store"/> acts as and
/// <see cref="SignedInClientAsync"/> signs in as.
/// </summary>
public sealed partial class StudioServer : WebApplicationFactory<Program>
{
    public const string DefaultUserName = "tester";
    public const string DefaultPassword = "tester-password-1";

    private readonly IReadOnlyDictionary<string, string> settings;

    public StudioServer(IReadOnlyDictionary<string, string>? settings = null)
    {
        this.settings = settings ?? new Dictionary<string, string>();
        DataDirectory = Directory.CreateTempSubdirectory("designstudio-app-").FullName;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        Address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        DefaultUserId = RegisterAsync(DefaultUserName, DefaultPassword).GetAwaiter().GetResult();
        Store = new UserProjectStore(Services.GetRequiredService<ProjectStore>(), DefaultUserId);
    }

    public string DataDirectory { get; }

    public Uri Address { get; }

    /// <summary>The id of the default account.</summary>
    public string DefaultUserId { get; }

    /// <summary>The store as the default account sees it.</summary>
    public UserProjectStore Store { get; }

    /// <summary>Registers an account through the app's own registration service; returns its id.</summary>
    public async Task<string> RegisterAsync(string userName, string password)
    {
        await using var scope = Services.CreateAsyncScope();
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<AccountRegistration>().RegisterAsync(userName, userName + "@example.test", password);
        return user?.Id ?? throw new InvalidOperationException(string.Join(" ", errors));
    }

    /// <summary>An HTTP client that signed in through the sign-in form (antiforgery token and all) and keeps the cookie.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName = DefaultUserName, string password = DefaultPassword)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };
        var form = await http.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName, ["password"] = password, ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/")
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode} {response.Headers.Location}");
        return http;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    internal static partial Regex AntiforgeryToken();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("DesignStudio:DataDirectory", DataDirectory);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await TempFolders.DeleteAsync(DataDirectory);
    }
}

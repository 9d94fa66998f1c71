using System.Net;
using DesignStudio.Data;
using DesignStudio.Data.Access;
using DesignStudio.TestSupport;
using DesignStudio.Web.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DesignStudio.E2E.Tests;

/// <summary>
/// The real studio on Kestrel (a free loopback port) with its SQLite store in a temporary folder. Unless told not to,
/// it registers one account at start (<see cref="DefaultUserName"/>: the first account, so administrator), which
/// <see cref="Store"/> acts as and which <see cref="BrowserSession.Browser"/> signs every new page in as.
/// </summary>
public sealed class StudioServer : WebApplicationFactory<Program>
{
    public const string DefaultUserName = "tester";
    public const string DefaultPassword = "tester-password-1";

    public StudioServer(bool createDefaultUser = true)
    {
        DataDirectory = Directory.CreateTempSubdirectory("designstudio-app-").FullName;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        Address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        DefaultUserId = createDefaultUser ? RegisterAsync(DefaultUserName, DefaultPassword).GetAwaiter().GetResult() : "";
        Store = new UserProjectStore(Services.GetRequiredService<ProjectStore>(), DefaultUserId);
    }

    public string DataDirectory { get; }

    public Uri Address { get; }

    /// <summary>The default account's id ("" when the server was made without it).</summary>
    public string DefaultUserId { get; }

    /// <summary>The store as the default account sees it (projects it creates are the signed-in page's).</summary>
    public UserProjectStore Store { get; }

    /// <summary>The store itself (every call names its caller).</summary>
    public ProjectStore RealStore => Services.GetRequiredService<ProjectStore>();

    /// <summary>Registers an account through the app's own registration service; returns its id.</summary>
    public async Task<string> RegisterAsync(string userName, string password)
    {
        await using var scope = Services.CreateAsyncScope();
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<AccountRegistration>().RegisterAsync(userName, userName + "@example.test", password);
        return user?.Id ?? throw new InvalidOperationException(string.Join(" ", errors));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("DesignStudio:DataDirectory", DataDirectory);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await TempFolders.DeleteAsync(DataDirectory);
    }
}

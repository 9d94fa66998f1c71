using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DesignStudio.Web.Tests.Hosting;

/// <summary>The real studio on Kestrel (a free loopback port) with its SQLite store in a temporary folder.</summary>
public sealed class StudioServer : WebApplicationFactory<Program>
{
    public StudioServer()
    {
        DataDirectory = Directory.CreateTempSubdirectory("designstudio-app-").FullName;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        Address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public string DataDirectory { get; }

    public Uri Address { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("DesignStudio:DataDirectory", DataDirectory);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}

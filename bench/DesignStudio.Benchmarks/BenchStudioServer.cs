using System.Net;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DesignStudio.Benchmarks;

/// <summary>
/// The real studio on Kestrel (a free loopback port) with its SQLite store in a temporary folder, as the E2E tests host
/// it. The web project's entry point is named through one of its types: this assembly has a Program of its own.
/// </summary>
public sealed class BenchStudioServer : WebApplicationFactory<DesignStudio.Web.Canvas.DesignCanvas>
{
    public BenchStudioServer()
    {
        DataDirectory = Directory.CreateTempSubdirectory("designstudio-bench-").FullName;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        Address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public string DataDirectory { get; }

    /// <summary>Open circuits (one per open design page).</summary>
    public CircuitCounter Circuits { get; } = new();

    public Uri Address { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development serves the static web assets from the build output (see STACK-FACTS).
        builder.UseEnvironment("Development");
        builder.UseSetting("DesignStudio:DataDirectory", DataDirectory);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // A closed page's circuit is released at once, so heap figures count only the pages still open.
        builder.ConfigureServices(s =>
        {
            s.Configure<CircuitOptions>(o => o.DisconnectedCircuitMaxRetained = 0);
            s.AddSingleton(Circuits);
            s.AddSingleton<CircuitHandler>(Circuits);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // A background write finishing as the host stops can add a file while the folder is deleted: try again once.
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            await Task.Delay(500);
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}

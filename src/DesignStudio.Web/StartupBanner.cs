using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DesignStudio.Web;

/// <summary>Prints where the studio listens, so `dotnet run` shows the URL to open.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var settings = app.Services.GetRequiredService<StudioSettings>();
        foreach (var address in addresses)
        {
            Console.WriteLine($"DesignStudio is running at {address.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost")}");
        }
        Console.WriteLine($"Data folder: {settings.DataDirectory}");
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DesignStudio.E2E.Tests;

/// <summary>
/// The studio as a separate OS process (the web project's build output run with <c>dotnet</c>) on a free loopback
/// port, so a test can kill it with SIGKILL and start it again on the same data folder.
/// </summary>
public sealed class StudioProcess : IDisposable
{
    private readonly Process process;

    private StudioProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<StudioProcess> StartAsync(string dataDirectory)
    {
        var port = FreePort();
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["DesignStudio__DataDirectory"] = dataDirectory;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var studio = new StudioProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient { BaseAddress = studio.Address };
        // Wait until it answers (bounded, so a broken start fails instead of hanging).
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (process.HasExited) throw new InvalidOperationException($"The studio exited with {process.ExitCode} while starting.");
            try
            {
                if ((await http.GetAsync("health")).StatusCode == HttpStatusCode.OK) return studio;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        studio.Dispose();
        throw new TimeoutException("The studio did not start.");
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public void KillHard()
    {
        process.Kill(entireProcessTree: false);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited) KillHard();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

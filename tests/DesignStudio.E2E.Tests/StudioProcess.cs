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

    /// <summary>How long a start may take: a cold start with migrations on a loaded 2-core machine is slow.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Starts the studio and waits until /health answers. A port another process took between choosing and binding it
    /// (the process exits) is retried on a new port; any other early exit fails with the process's own output.
    /// </summary>
    public static async Task<StudioProcess> StartAsync(string dataDirectory)
    {
        for (var attempt = 1; ; attempt++)
        {
            var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
            var port = FreePort();
            var process = Launch(dataDirectory, port, output);
            var studio = new StudioProcess(process, new Uri($"http://127.0.0.1:{port}/"));
            if (await AnswersAsync(studio, process))
            {
                return studio;
            }
            studio.Dispose();
            var log = string.Join("\n", output.TakeLast(40));
            if (process.HasExited && attempt < 3 && log.Contains("address already in use", StringComparison.OrdinalIgnoreCase)) continue;
            throw new InvalidOperationException(process.HasExited
                ? $"The studio exited with {process.ExitCode} while starting:\n{log}"
                : $"The studio did not answer /health within {StartTimeout.TotalSeconds:0} s:\n{log}");
        }
    }

    private static Process Launch(string dataDirectory, int port, System.Collections.Concurrent.ConcurrentQueue<string> output)
    {
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
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> output, string? line)
    {
        if (line is null) return;
        output.Enqueue(line);
        while (output.Count > 200) output.TryDequeue(out _);
    }

    // Polls /health until it answers 200, the process exits, or the start timeout passes (a deadline, not a count of
    // attempts: each attempt itself takes longer on a loaded machine).
    private static async Task<bool> AnswersAsync(StudioProcess studio, Process process)
    {
        using var http = new HttpClient { BaseAddress = studio.Address, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) return false;
            try
            {
                if ((await http.GetAsync("health")).StatusCode == HttpStatusCode.OK) return true;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        return false;
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

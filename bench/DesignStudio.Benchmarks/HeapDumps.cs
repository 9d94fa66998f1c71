using System.Diagnostics;

namespace DesignStudio.Benchmarks;

/// <summary>
/// With <c>DESIGNSTUDIO_BENCH_GCDUMP=&lt;folder&gt;</c>, writes a <c>dotnet-gcdump</c> of this process (the studio runs in
/// it) at each heap reading, named after the reading (<c>page-memory-all.gcdump</c>…), to compare what the heap holds
/// with pages open and after they closed: <c>dotnet-gcdump report FILE</c>. The tool is found on PATH or in
/// <c>DESIGNSTUDIO_GCDUMP_TOOL</c> (<c>dotnet tool install --tool-path /tmp/tools dotnet-gcdump</c>).
/// </summary>
public static class HeapDumps
{
    /// <summary>Writes the dump named <paramref name="name"/> when dumps were asked for.</summary>
    public static async Task WriteAsync(string name)
    {
        if (Environment.GetEnvironmentVariable("DESIGNSTUDIO_BENCH_GCDUMP") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        var tool = Environment.GetEnvironmentVariable("DESIGNSTUDIO_GCDUMP_TOOL") is { Length: > 0 } t ? t : "dotnet-gcdump";
        var file = Path.Combine(folder, name + ".gcdump");
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "collect", "-p", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", file }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) Console.Error.WriteLine($"dotnet-gcdump failed for {name}: {output}{await process.StandardError.ReadToEndAsync()}");
    }
}

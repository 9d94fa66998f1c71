using System.Text.Json;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Engines.Introspection;

namespace DesignStudio.Cli.Commands;

/// <summary>The live-database half of <c>designstudio import</c>: reads a catalog into a design file.</summary>
internal static class LiveImport
{
    public static int Run(string connectionString, string engine, TimeSpan timeout, string? outputPath, bool json,
        TextWriter output, TextWriter error)
    {
        var reader = CatalogReaders.For(engine);
        if (reader is null)
        {
            error.WriteLine($"error: unknown engine '{engine}'.");
            return ExitCodes.UsageOrUnreadableInput;
        }
        using var cancel = new CancellationTokenSource(timeout);
        CatalogReadResult result;
        try
        {
            result = reader.ReadAsync(connectionString, null, cancel.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            error.WriteLine($"error: reading the {engine} catalog took longer than {timeout.TotalSeconds:0} s.");
            return ExitCodes.UsageOrUnreadableInput;
        }
        if (json) error.WriteLine(JsonSerializer.Serialize(result.Diagnostics.Select(d => new { d.Code, severity = d.Severity.ToString().ToLowerInvariant(), d.Path, d.Message })));
        else foreach (var d in result.Diagnostics) error.WriteLine(d.ToString());
        if (result.Design is null) return ExitCodes.UsageOrUnreadableInput;
        if (!json) error.WriteLine($"{engine}: {result.Design.Tables.Count} tables, {result.Design.Enums.Count} enums, {result.Design.Verbatim.Count} verbatim objects read.");
        var written = ImportCommand.WriteDesign(result.Design, outputPath, output, error);
        return written != ExitCodes.Ok ? written
            : result.Diagnostics.Any(d => d.Severity == Severity.Error) ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }
}

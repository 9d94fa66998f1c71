using System.CommandLine;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Exports;

namespace DesignStudio.Cli.Commands;

/// <summary>
/// <c>designstudio export --format F [--dialect D] DESIGN.json [-o FILE]</c>: writes a design as DBML, a Mermaid
/// erDiagram, or a Markdown or HTML data dictionary (every format of <see cref="ExporterRegistry"/>).
/// </summary>
public static class ExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create() => Create(ExporterRegistry.CreateDefault());

    /// <summary>Builds the command over a given registry (the lead adds DDL exporters to it).</summary>
    public static Command Create(ExporterRegistry registry)
    {
        var file = new Argument<string>("DESIGN.json") { Description = "The design file to export." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", registry.Names) + ".",
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. registry.Names]);
        var dialect = new Option<string?>("--dialect")
        {
            Description = "Target engine (" + string.Join(", ", DialectNames.All) + "): DBML states it as database_type and uses the " +
                "columns' native types for it; the data dictionaries show those native types.",
        };
        dialect.AcceptOnlyFromAmong([.. DialectNames.All]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE instead of standard output." };

        var command = new Command("export", "Export a design file as " + string.Join(", ", registry.Names) + ".\n" + ExitCodes.Help)
        {
            file, format, dialect, output,
        };
        command.SetAction(parse => Run(registry, parse.GetValue(file)!, parse.GetValue(format)!, parse.GetValue(dialect),
            parse.GetValue(output), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(ExporterRegistry registry, string path, string format, string? dialect, string? outputPath,
        TextWriter output, TextWriter error)
    {
        var design = DesignFileInput.ReadOrReport(path, error);
        if (design is null) return ExitCodes.UsageOrUnreadableInput;
        var exporter = registry.Find(format);
        if (exporter is null)
        {
            error.WriteLine($"error: unknown format '{format}'.");
            return ExitCodes.UsageOrUnreadableInput;
        }
        var text = exporter.Export(design, new ExportOptions { Dialect = dialect });
        if (outputPath is null)
        {
            output.Write(text);
            return ExitCodes.Ok;
        }
        try
        {
            File.WriteAllText(outputPath, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"error: cannot write {outputPath}: {e.Message}");
            return ExitCodes.UsageOrUnreadableInput;
        }
        return ExitCodes.Ok;
    }
}

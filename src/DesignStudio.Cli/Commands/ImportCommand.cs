using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using DesignStudio.Core.Import;
using DesignStudio.Core.Import.Dbml;
using DesignStudio.Core.Serialization;

namespace DesignStudio.Cli.Commands;

/// <summary>
/// <c>designstudio import --dialect postgres|mysql|mariadb|sqlite|sqlserver|dbml FILE [-o DESIGN.json] [--json]</c>:
/// reads SQL DDL (or DBML) into a design file; the import report (imported, approximated, kept verbatim, skipped,
/// diagnostics with line:column) goes to standard error, as JSON with <c>--json</c>.
/// <c>designstudio import --connection "..." --engine postgres|mysql|mariadb|sqlite|sqlserver [-o DESIGN.json]</c>
/// reads a live database's catalog instead (read-only, with a timeout; the password is never printed).
/// </summary>
public static class ImportCommand
{
    private const string Dbml = "dbml";

    private static readonly JsonSerializerOptions ReportJson = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        string[] dialects = [.. SqlDdlImporter.Dialects, Dbml];
        var dialect = new Option<string?>("--dialect") { Description = "Source language of FILE: " + string.Join(", ", dialects) + "." };
        dialect.AcceptOnlyFromAmong(dialects);
        var file = new Argument<string?>("FILE") { Description = "The SQL DDL script (or DBML file) to import.", Arity = ArgumentArity.ZeroOrOne };
        var connection = new Option<string?>("--connection") { Description = "Read a live database instead of a file (ADO.NET connection string)." };
        var engine = new Option<string?>("--engine") { Description = "Engine of --connection: postgres, mysql, mariadb, sqlite, sqlserver." };
        engine.AcceptOnlyFromAmong(Core.Dialects.DialectNames.All.ToArray());
        var timeout = new Option<int>("--timeout") { Description = "Seconds the live read may take.", DefaultValueFactory = _ => 30 };
        var output = new Option<string?>("--output", "-o") { Description = "Write the design file here instead of standard output." };
        var json = new Option<bool>("--json") { Description = "Write the import report to standard error as JSON." };
        var command = new Command("import", "Import a SQL DDL script or DBML file into a design file.\n" + ExitCodes.Help) { dialect, file, connection, engine, timeout, output, json };
        command.SetAction(parse =>
        {
            var (o, e) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            if (parse.GetValue(connection) is { } cs)
            {
                if (parse.GetValue(engine) is not { } eng || parse.GetValue(file) is not null || parse.GetValue(dialect) is not null)
                {
                    e.WriteLine("error: --connection needs --engine, and takes no FILE or --dialect.");
                    return ExitCodes.UsageOrUnreadableInput;
                }
                return LiveImport.Run(cs, eng, TimeSpan.FromSeconds(parse.GetValue(timeout)), parse.GetValue(output), parse.GetValue(json), o, e);
            }
            if (parse.GetValue(dialect) is not { } d || parse.GetValue(file) is not { } f)
            {
                e.WriteLine("error: give --dialect and FILE, or --connection and --engine.");
                return ExitCodes.UsageOrUnreadableInput;
            }
            return Run(d, f, parse.GetValue(output), parse.GetValue(json), o, e);
        });
        return command;
    }

    private static int Run(string dialect, string path, string? outputPath, bool json, TextWriter output, TextWriter error)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"error: cannot read {path}: {e.Message}");
            return ExitCodes.UsageOrUnreadableInput;
        }
        var fileName = Path.GetFileName(path);
        Core.Model.Design design;
        int errors;
        if (dialect == Dbml)
        {
            var dbml = DbmlImporter.Import(text);
            design = dbml.Design;
            errors = dbml.Diagnostics.Count(d => d.Severity == Core.Diagnostics.Severity.Error);
            if (json) error.WriteLine(JsonSerializer.Serialize(new { dialect, diagnostics = dbml.Diagnostics }, ReportJson));
            else foreach (var d in dbml.Diagnostics) error.WriteLine(ImportReportText.Located(d, fileName));
        }
        else
        {
            var result = SqlDdlImporter.Import(text, dialect);
            design = result.Design;
            errors = result.Report.ErrorCount;
            if (json) error.WriteLine(JsonSerializer.Serialize(result.Report, ReportJson));
            else ImportReportText.Write(result, fileName, error);
        }
        var written = WriteDesign(design, outputPath, output, error);
        return written != ExitCodes.Ok ? written : errors > 0 ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }

    /// <summary>Writes the design file to <paramref name="outputPath"/>, or to standard output when it is null.</summary>
    internal static int WriteDesign(Core.Model.Design design, string? outputPath, TextWriter output, TextWriter error)
    {
        var bytes = DesignFile.SerializeToUtf8Bytes(design);
        if (outputPath is null)
        {
            output.Write(System.Text.Encoding.UTF8.GetString(bytes));
        }
        else
        {
            try
            {
                File.WriteAllBytes(outputPath, bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"error: cannot write {outputPath}: {e.Message}");
                return ExitCodes.UsageOrUnreadableInput;
            }
        }
        return ExitCodes.Ok;
    }
}

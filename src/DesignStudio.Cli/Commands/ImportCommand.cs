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
        var dialect = new Option<string>("--dialect") { Description = "Source language: " + string.Join(", ", dialects) + ".", Required = true };
        dialect.AcceptOnlyFromAmong(dialects);
        var file = new Argument<string>("FILE") { Description = "The SQL DDL script (or DBML file) to import." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the design file here instead of standard output." };
        var json = new Option<bool>("--json") { Description = "Write the import report to standard error as JSON." };
        var command = new Command("import", "Import a SQL DDL script or DBML file into a design file.\n" + ExitCodes.Help) { dialect, file, output, json };
        command.SetAction(parse => Run(parse.GetValue(dialect)!, parse.GetValue(file)!, parse.GetValue(output), parse.GetValue(json),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
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
        return errors > 0 ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }
}

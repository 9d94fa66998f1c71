using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;

namespace DesignStudio.Cli.Commands;

/// <summary>
/// <c>designstudio lint DESIGN.json [--json] [--dialect D] [--disable CODE ...]</c>: runs the schema lint rules and
/// prints the findings with their quick fixes; suppressions stored in the design are honoured.
/// </summary>
public static class LintCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("DESIGN.json") { Description = "The design file to lint." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON on standard output." };
        var dialect = new Option<string?>("--dialect")
        {
            Description = "The target engine, which adds its own rules: " + string.Join(", ", DialectNames.All) + ".",
        };
        dialect.AcceptOnlyFromAmong([.. DialectNames.All]);
        var disable = new Option<string[]>("--disable")
        {
            Description = "Rule codes not to run, e.g. --disable LN013 LN016.",
            AllowMultipleArgumentsPerToken = true,
        };

        var command = new Command("lint",
            "Check a design for missing keys, unindexed foreign keys, redundant indexes, risky types, naming and " +
            "design anti-patterns (rules LN001-LN021, see docs/lint.md).\n" + ExitCodes.Help)
        {
            file, json, dialect, disable,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(json), parse.GetValue(dialect),
            parse.GetValue(disable) ?? [], parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string path, bool asJson, string? dialect, string[] disabled, TextWriter output, TextWriter error)
    {
        var read = DesignFileInput.Read(path);
        if (read.Design is null)
        {
            if (asJson) output.WriteLine(DiagnosticText.ToJson(path, read.Diagnostics));
            else foreach (var d in read.Diagnostics) error.WriteLine(DiagnosticText.Format(path, d));
            return ExitCodes.UsageOrUnreadableInput;
        }

        var unknown = disabled.Where(c => LintRules.Find(c) is null).ToArray();
        if (unknown.Length > 0)
        {
            error.WriteLine($"error: unknown lint rule code(s): {string.Join(", ", unknown)} (known: LN001-LN{LintRules.All.Count:D3}).");
            return ExitCodes.UsageOrUnreadableInput;
        }

        var options = DesignLintOptions.For(read.Design, new LintOptions { Dialect = dialect, DisabledRules = disabled.ToHashSet(StringComparer.OrdinalIgnoreCase) });
        var report = new LintRunner().Run(read.Design, options);
        if (asJson)
        {
            output.WriteLine(ToJson(path, dialect, report));
        }
        else
        {
            foreach (var d in report.Diagnostics) output.WriteLine(DiagnosticText.Format(path, d));
            foreach (var f in report.Findings)
            {
                output.WriteLine(DiagnosticText.Format(path, f.ToDiagnostic()));
                if (f.QuickFix is { } fix) output.WriteLine("    quick fix: " + fix.Title);
            }
            output.WriteLine($"{path}: {report.Count(Severity.Error)} error(s), {report.Count(Severity.Warning)} warning(s), " +
                $"{report.Count(Severity.Info)} info; {report.Suppressed.Count} suppressed" +
                (dialect is null ? " (portable: dialect-specific rules skipped; use --dialect)." : $" (dialect {dialect})."));
        }
        return report.Count(Severity.Error) > 0 ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }

    private static string ToJson(string path, string? dialect, LintReport report)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("file", path);
            if (dialect is null) w.WriteNull("dialect");
            else w.WriteString("dialect", dialect);
            w.WriteStartArray("findings");
            foreach (var f in report.Findings) WriteFinding(w, f, null);
            w.WriteEndArray();
            w.WriteStartArray("suppressed");
            foreach (var s in report.Suppressed) WriteFinding(w, s.Finding, s.Suppression.Reason);
            w.WriteEndArray();
            w.WriteStartArray("unusedSuppressions");
            foreach (var s in report.UnusedSuppressions)
            {
                w.WriteStartObject();
                w.WriteString("code", s.Code);
                w.WriteString("objectId", s.ObjectId);
                w.WriteString("reason", s.Reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WritePropertyName("diagnostics");
            w.WriteRawValue(DiagnosticText.ToJson(path, report.Diagnostics));
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteFinding(Utf8JsonWriter w, LintFinding f, string? reason)
    {
        w.WriteStartObject();
        w.WriteString("code", f.Code);
        w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
        w.WriteString("rule", LintRules.Find(f.Code)?.Title);
        w.WriteString("path", f.Path);
        w.WriteString("objectId", f.ObjectId);
        if (f.TableId is { } t) w.WriteString("tableId", t);
        w.WriteString("message", f.Message);
        if (f.QuickFix is { } fix) w.WriteString("quickFix", fix.Title);
        if (reason is not null) w.WriteString("reason", reason);
        w.WriteEndObject();
    }
}

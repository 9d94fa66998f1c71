using System.CommandLine;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Validation;

namespace DesignStudio.Cli.Commands;

/// <summary><c>designstudio validate DESIGN.json [--json] [--dialect D]</c>: checks a design and prints its diagnostics.</summary>
public static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("DESIGN.json") { Description = "The design file to check." };
        var json = new Option<bool>("--json") { Description = "Print the diagnostics as a JSON array on standard output." };
        var dialect = new Option<string?>("--dialect")
        {
            Description = "Also apply one engine's rules (name length and case, index name scope): " + string.Join(", ", DialectNames.All) + ".",
        };
        dialect.AcceptOnlyFromAmong([.. DialectNames.All]);

        var command = new Command("validate",
            "Check a design file for errors (duplicate or invalid names, dangling references, foreign keys that do not match " +
            "their target, NOT NULL foreign-key cycles) and warnings.\n" + ExitCodes.Help)
        {
            file, json, dialect,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(json), parse.GetValue(dialect),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string path, bool asJson, string? dialect, TextWriter output, TextWriter error)
    {
        var read = DesignFileInput.Read(path);
        if (read.Design is null)
        {
            if (asJson) output.WriteLine(DiagnosticText.ToJson(path, read.Diagnostics));
            else foreach (var d in read.Diagnostics) error.WriteLine(DiagnosticText.Format(path, d));
            return ExitCodes.UsageOrUnreadableInput;
        }

        var diagnostics = DesignValidator.Validate(read.Design, dialect).Select(d => read.SourceMap?.Locate(d) ?? d).ToList();
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        if (asJson)
        {
            output.WriteLine(DiagnosticText.ToJson(path, diagnostics));
        }
        else
        {
            foreach (var d in diagnostics) output.WriteLine(DiagnosticText.Format(path, d));
            var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
            output.WriteLine(errors == 0 && warnings == 0
                ? $"{path}: valid{(dialect is null ? "" : " for " + dialect)}."
                : $"{path}: {errors} error(s), {warnings} warning(s).");
        }
        return errors > 0 ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }
}

using System.CommandLine;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Validation;

namespace DesignStudio.Cli.Commands;

/// <summary>
/// <c>designstudio ddl --dialect D DESIGN.json [-o FILE]</c>: validates the design for the dialect and writes its DDL.
/// Validation errors are printed and no DDL is written (exit 1); generator approximations are printed as warnings.
/// </summary>
public static class DdlCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("DESIGN.json") { Description = "The design file." };
        var dialect = new Option<string>("--dialect", "-d")
        {
            Description = "Target engine: " + string.Join(", ", DialectNames.All) + ".",
            Required = true,
        };
        dialect.AcceptOnlyFromAmong([.. DialectNames.All]);
        var output = new Option<string?>("--output", "-o") { Description = "Write the DDL to FILE instead of standard output." };
        var command = new Command("ddl", "Generate the DDL of a design for one engine.\n" + ExitCodes.Help) { file, dialect, output };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(dialect)!, parse.GetValue(output),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string path, string dialectName, string? outputPath, TextWriter output, TextWriter error)
    {
        var design = DesignFileInput.ReadOrReport(path, error);
        if (design is null) return ExitCodes.UsageOrUnreadableInput;
        var problems = DesignValidator.Validate(design, dialectName);
        foreach (var d in problems) error.WriteLine(DiagnosticText.Format(path, d));
        if (DesignValidator.HasErrors(problems)) return ExitCodes.ProblemsFound;

        var script = DialectRegistry.Get(dialectName).GenerateDdl(design);
        foreach (var d in script.Diagnostics) error.WriteLine(DiagnosticText.Format(path, d));
        if (script.Diagnostics.Any(d => d.Severity == Severity.Error)) return ExitCodes.ProblemsFound;
        var text = script.ToText();
        if (outputPath is null)
        {
            output.Write(text);
            return ExitCodes.Ok;
        }
        try
        {
            File.WriteAllText(outputPath, text);
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"error: cannot write {outputPath}: {e.Message}");
            return ExitCodes.UsageOrUnreadableInput;
        }
    }
}

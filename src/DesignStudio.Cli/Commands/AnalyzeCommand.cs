using System.CommandLine;
using DesignStudio.Core.Analysis.NormalForms.Tables;
using DesignStudio.Core.Dialects;

namespace DesignStudio.Cli.Commands;

/// <summary>
/// <c>designstudio analyze DESIGN.json [--json]</c>: the normal-form report of every table of a design;
/// with <c>--apply TABLE --out NEW.json [--dialect D]</c> it applies that table's 3NF synthesis instead (see <see cref="AnalyzeApply"/>).
/// </summary>
public static class AnalyzeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("DESIGN.json") { Description = "The design file to analyse." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text." };
        var apply = new Option<string?>("--apply") { Description = "Decompose TABLE by 3NF synthesis, write the design to --out and print the data-moving script." };
        var outFile = new Option<string?>("--out") { Description = "Where --apply writes the new design." };
        var dialect = new Option<string>("--dialect") { Description = "Dialect of the --apply script.", DefaultValueFactory = _ => DialectNames.PostgreSql };
        var command = new Command("analyze",
            "Normal-form report of every table: normal form, candidate keys, violations, first-normal-form findings, " +
            "hints of transitive dependencies, and proposed decompositions.\n" + ExitCodes.Help)
        {
            file, json, apply, outFile, dialect,
        };
        command.SetAction(parse => parse.GetValue(apply) is { } table
            ? ApplyTo(parse.GetValue(file)!, table, parse.GetValue(outFile), parse.GetValue(dialect)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error)
            : Run(parse.GetValue(file)!, parse.GetValue(json), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int ApplyTo(string path, string table, string? outPath, string dialect, TextWriter output, TextWriter error) =>
        DesignFileInput.ReadOrReport(path, error) is { } design ? AnalyzeApply.Run(design, path, table, outPath, dialect, output, error) : ExitCodes.UsageOrUnreadableInput;

    private static int Run(string path, bool asJson, TextWriter output, TextWriter error)
    {
        if (DesignFileInput.ReadOrReport(path, error) is not { } design) return ExitCodes.UsageOrUnreadableInput;
        var report = DesignNormalizationAnalyzer.Analyze(design);
        if (asJson) AnalyzeJsonWriter.Write(output, design, report);
        else AnalyzeTextWriter.Write(output, design, report);
        return ExitCodes.Ok;
    }
}

using System.CommandLine;
using DesignStudio.Core.Analysis.NormalForms.Tables;

namespace DesignStudio.Cli.Commands;

/// <summary><c>designstudio analyze DESIGN.json [--json]</c>: the normal-form report of every table of a design.</summary>
public static class AnalyzeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("DESIGN.json") { Description = "The design file to analyse." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text." };
        var command = new Command("analyze",
            "Normal-form report of every table: normal form, candidate keys, violations, first-normal-form findings, " +
            "hints of transitive dependencies, and proposed decompositions.\n" + ExitCodes.Help)
        {
            file, json,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(json), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string path, bool asJson, TextWriter output, TextWriter error)
    {
        if (DesignFileInput.ReadOrReport(path, error) is not { } design) return ExitCodes.UsageOrUnreadableInput;
        var report = DesignNormalizationAnalyzer.Analyze(design);
        if (asJson) AnalyzeJsonWriter.Write(output, design, report);
        else AnalyzeTextWriter.Write(output, design, report);
        return ExitCodes.Ok;
    }
}

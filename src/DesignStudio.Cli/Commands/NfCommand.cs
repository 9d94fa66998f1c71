using System.CommandLine;
using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Core.Analysis.NormalForms.Decompositions;
using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Cli.Commands;

/// <summary><c>designstudio nf "R(A,B,C,D)" --fd "A,B-&gt;C" [--fds-file FILE] [--json]</c>: normal-form analysis of one relation.</summary>
public static class NfCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var relation = new Argument<string>("relation") { Description = "The relation, e.g. \"R(A,B,C,D)\"." };
        var fd = new Option<string[]>("--fd") { Description = "A functional dependency, e.g. \"A,B->C\" (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var file = new Option<FileInfo?>("--fds-file") { Description = "A file with one dependency per line (blank lines and # comments ignored)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text." };
        var command = new Command("nf",
            "Candidate keys, prime attributes, highest normal form (1NF-BCNF), violations in plain words, canonical cover, " +
            "and 3NF/BCNF decompositions of a relation.\n" + ExitCodes.Help)
        {
            relation, fd, file, json,
        };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(relation),
            parse.GetValue(fd) ?? [],
            parse.GetValue(file),
            parse.GetValue(json),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string relationText, IReadOnlyList<string> fds, FileInfo? fdsFile, bool json, TextWriter output, TextWriter error)
    {
        var inputs = new List<(string Text, string Path, int Line)>();
        for (var i = 0; i < fds.Count; i++) inputs.Add((fds[i], $"--fd[{i + 1}]", 1));
        if (fdsFile is not null)
        {
            if (!fdsFile.Exists)
            {
                error.WriteLine($"{fdsFile.FullName}: error NF005: file not found");
                return ExitCodes.UsageOrUnreadableInput;
            }
            var lines = File.ReadAllLines(fdsFile.FullName);
            for (var i = 0; i < lines.Length; i++)
            {
                var t = lines[i].Trim();
                if (t.Length > 0 && !t.StartsWith('#')) inputs.Add((lines[i], fdsFile.Name, i + 1));
            }
        }

        var (relation, diagnostics) = RelationTextParser.Parse(relationText, inputs);
        if (relation is null)
        {
            foreach (var d in diagnostics) WriteDiagnostic(error, d, relationText, inputs);
            return ExitCodes.UsageOrUnreadableInput;
        }

        var analysis = NormalFormAnalyzer.Analyze(relation);
        var third = ThirdNormalFormSynthesizer.Synthesize(relation);
        var bcnf = BcnfDecomposer.Decompose(relation);
        if (json) NfJsonWriter.Write(output, analysis, third, bcnf);
        else NfTextWriter.Write(output, analysis, third, bcnf);
        return ExitCodes.Ok;
    }

    private static void WriteDiagnostic(TextWriter error, Diagnostic d, string relationText, List<(string Text, string Path, int Line)> inputs)
    {
        // relation:1:6: error NF001: expected ',' or ')'   — then the text with a caret under the column.
        error.WriteLine(DiagnosticText.Format(d.Path, d with { Path = "$" }));
        var source = d.Path == "relation" ? relationText : inputs.FirstOrDefault(i => i.Path == d.Path && i.Line == d.Position?.Line).Text;
        if (source is null || d.Position is not { } p) return;
        error.WriteLine("  " + source);
        error.WriteLine("  " + new string(' ', Math.Max(0, p.Column - 1)) + "^");
    }
}

using DesignStudio.Core.Analysis.NormalForms.Apply;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Cli.Commands;

/// <summary>
/// <c>designstudio analyze DESIGN.json --apply TABLE --out NEW.json [--dialect D]</c>: applies the 3NF synthesis of one
/// table, writes the new design and prints the data-moving script (copy aside, create new tables, copy, drop).
/// </summary>
internal static class AnalyzeApply
{
    public static int Run(Design design, string designPath, string tableName, string? outPath, string dialectName, TextWriter output, TextWriter error)
    {
        if (outPath is null)
        {
            error.WriteLine("error: --apply needs --out NEW.json.");
            return ExitCodes.UsageOrUnreadableInput;
        }
        if (DialectRegistry.TryGet(dialectName) is not { } dialect)
        {
            error.WriteLine($"error: unknown dialect '{dialectName}'. Known: {string.Join(", ", DialectNames.All)}.");
            return ExitCodes.UsageOrUnreadableInput;
        }
        var table = design.Tables.FirstOrDefault(t => t.QualifiedName == tableName || t.Id == tableName)
            ?? design.Tables.FirstOrDefault(t => string.Equals(t.Name, tableName, StringComparison.OrdinalIgnoreCase));
        if (table is null)
        {
            error.WriteLine($"error: the design has no table '{tableName}'.");
            return ExitCodes.UsageOrUnreadableInput;
        }

        var application = DecompositionApplier.Build(design, table.Id);
        foreach (var d in application.Diagnostics) error.WriteLine(DiagnosticText.Format(designPath, d));
        if (application.NewTables.Count < 2)
        {
            error.WriteLine($"{table.Name} is already in third normal form; nothing to apply.");
            return ExitCodes.Ok;
        }
        var result = application.Operation!.Apply(design);
        if (!result.Succeeded)
        {
            foreach (var d in result.Diagnostics) error.WriteLine(DiagnosticText.Format(designPath, d));
            return ExitCodes.ProblemsFound;
        }
        var written = ImportCommand.WriteDesign(result.Design, outPath, output, error);
        if (written != ExitCodes.Ok) return written;
        var create = dialect.GenerateDdl(new Design { Tables = application.NewTables.ToValueList(), Enums = design.Enums });
        output.Write(application.Script(dialect).Compose(create).ToText());
        return application.Diagnostics.Any(d => d.Severity == Severity.Error) ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }
}

using DesignStudio.Core.Analysis.Lint.Naming;
using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN016: a table or column name not written in the configured case style (snake_case, PascalCase or
/// camelCase; by default the style most names of the design already use).
/// </summary>
public sealed class NamingCaseRule : ILintRule
{
    /// <inheritdoc />
    public string Code => "LN016";

    /// <inheritdoc />
    public Severity Severity => Severity.Info;

    /// <inheritdoc />
    public string Title => "Name not in the naming convention's case";

    /// <inheritdoc />
    public string Rationale => "Mixed styles make every query a guess; PostgreSQL folds unquoted names to lower case, so " +
        "mixed-case names must be quoted forever, while snake_case works unquoted everywhere.";

    /// <inheritdoc />
    public string Remedy => "Rename to the convention's style.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        var style = NamingInference.ResolveCase(context.Design, context.Options.Naming.Case);
        if (style == IdentifierCase.Any) yield break;
        var styleName = Describe(style);
        foreach (var t in context.Design.Tables)
        {
            if (!IdentifierWords.Matches(t.Name, style))
            {
                var name = IdentifierWords.Convert(t.Name, style);
                var clash = !string.Equals(name, t.Name, StringComparison.OrdinalIgnoreCase) && context.TableNames.Contains(name);
                yield return new LintFinding(Code, Severity, LintPaths.Table(t), $"Table {t.Name} is not {styleName}.")
                {
                    ObjectId = t.Id,
                    TableId = t.Id,
                    QuickFix = clash || name.Length == 0 ? null : new LintQuickFix($"Rename table {t.Name} to {name}",
                        d => DesignEdits.UpdateTable(d, t.Id, table => table with { Name = name })),
                };
            }
            foreach (var c in t.Columns)
            {
                if (IdentifierWords.Matches(c.Name, style)) continue;
                var name = IdentifierWords.Convert(c.Name, style);
                var clash = t.Columns.Any(o => o.Id != c.Id && string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
                yield return new LintFinding(Code, Severity, LintPaths.Column(t, c), $"Column {t.Name}.{c.Name} is not {styleName}.")
                {
                    ObjectId = c.Id,
                    TableId = t.Id,
                    QuickFix = clash || name.Length == 0 ? null : new LintQuickFix($"Rename column {t.Name}.{c.Name} to {name}",
                        d => DesignEdits.UpdateColumn(d, t.Id, c.Id, col => col with { Name = name })),
                };
            }
        }
    }

    private static string Describe(IdentifierCase style) => style switch
    {
        IdentifierCase.PascalCase => "PascalCase",
        IdentifierCase.CamelCase => "camelCase",
        _ => "snake_case",
    };
}

using DesignStudio.Core.Analysis.Lint.Naming;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN017: a table name whose last word is plural where the convention is singular, or the reverse (by default the
/// number most table names of the design use). Uncountable words (data, news, equipment) always pass.
/// </summary>
public sealed class TableNameNumberRule : ILintRule
{
    /// <inheritdoc />
    public string Code => "LN017";

    /// <inheritdoc />
    public Severity Severity => Severity.Info;

    /// <inheritdoc />
    public string Title => "Table name not singular/plural as the convention says";

    /// <inheritdoc />
    public string Rationale => "When some tables are singular and others plural, every join needs a lookup to remember which; ORMs and code generators also map names by one rule.";

    /// <inheritdoc />
    public string Remedy => "Rename the table to the convention's number.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        var number = NamingInference.ResolveNumber(context.Design, context.Options.Naming.TableNames);
        if (number is TableNameNumber.Any or TableNameNumber.Inferred) yield break;
        var wanted = number == TableNameNumber.Plural ? "plural" : "singular";
        foreach (var t in context.Design.Tables)
        {
            var words = context.Words(t.Name);
            if (words.Count == 0 || EnglishInflector.IsUncountable(words[^1])) continue;
            var last = words[^1];
            var isPlural = EnglishInflector.IsPlural(last);
            if (isPlural == (number == TableNameNumber.Plural)) continue;
            var replaced = isPlural ? EnglishInflector.Singularize(last) : EnglishInflector.Pluralize(last);
            var name = IdentifierWords.Join(words.Take(words.Count - 1).Append(replaced), NamingInference.StyleOf(t.Name));
            var clash = !string.Equals(name, t.Name, StringComparison.OrdinalIgnoreCase) && context.TableNames.Contains(name);
            yield return new LintFinding(Code, Severity, LintPaths.Table(t), $"Table {t.Name} is not {wanted} (expected {name}).")
            {
                ObjectId = t.Id,
                TableId = t.Id,
                QuickFix = clash ? null : new LintQuickFix($"Rename table {t.Name} to {name}",
                    d => DesignEdits.UpdateTable(d, t.Id, table => table with { Name = name })),
            };
        }
    }
}

using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN007: a float32/float64 column whose name reads as money (a word such as price, amount, cost, total, balance,
/// fee or salary, or ending in one, like <c>subtotal</c>), unless another word says it measures something else
/// (weight, score, ratio ...).
/// </summary>
public sealed class FloatForMoneyRule : ILintRule
{
    private static readonly string[] MoneyWords =
        ["price", "amount", "cost", "total", "balance", "fee", "salary", "wage", "tax", "revenue", "payment", "discount", "money", "charge", "refund"];

    private static readonly HashSet<string> NotMoneyWords = new(StringComparer.Ordinal)
    {
        "weight", "height", "width", "length", "distance", "score", "rating", "count", "ratio", "percent", "percentage",
        "rate", "duration", "seconds", "time", "temperature", "kg", "km", "size", "volume",
    };

    /// <inheritdoc />
    public string Code => "LN007";

    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public string Title => "Floating-point type for money";

    /// <inheritdoc />
    public string Rationale => "Binary floating point cannot represent most decimal fractions (0.1 + 0.2 ≠ 0.3): sums drift, " +
        "equality tests fail and rounding differs between the database and the application.";

    /// <inheritdoc />
    public string Remedy => "Use an exact decimal type such as decimal(19,4), or an integer count of the smallest currency unit.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            foreach (var c in t.Columns)
            {
                if (c.Type.Kind is not (TypeKind.Float32 or TypeKind.Float64) || !LooksLikeMoney(context.Words(c.Name))) continue;
                yield return new LintFinding(Code, Severity, LintPaths.Column(t, c),
                    $"Column {t.Name}.{c.Name} holds money in {c.Type}; floating point rounds decimal amounts.")
                {
                    ObjectId = c.Id,
                    TableId = t.Id,
                    QuickFix = new LintQuickFix($"Change {t.Name}.{c.Name} to decimal(19,4)", d => DesignEdits.UpdateColumn(d, t.Id, c.Id,
                        col => col with { Type = LogicalType.Decimal(19, 4) with { IsArray = col.Type.IsArray } })),
                };
            }
        }
    }

    /// <summary>Whether a column name reads as a money amount.</summary>
    internal static bool LooksLikeMoney(IReadOnlyList<string> words)
    {
        if (words.Any(NotMoneyWords.Contains)) return false;
        return words.Any(w => MoneyWords.Any(m => w == m || w == m + "s" || (w.EndsWith(m, StringComparison.Ordinal) && w.Length > m.Length + 2)));
    }
}

using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN004: a non-unique B-tree index whose key is a left prefix of another B-tree index, primary key or unique
/// constraint with the same predicate (sort orders equal or all reversed), whose included columns the other stores
/// too. Unique indexes are kept (they enforce something); exact duplicates are LN003 and copies of a constraint LN005.
/// </summary>
public sealed class RedundantIndexRule : ILintRule
{
    /// <inheritdoc />
    public string Code => "LN004";

    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public string Title => "Redundant left-prefix index";

    /// <inheritdoc />
    public string Rationale => "A B-tree index on (a, b) already serves lookups and sorts on (a) alone; an extra index on (a) " +
        "costs writes and memory and is rarely chosen.";

    /// <inheritdoc />
    public string Remedy => "Drop the shorter index (keep it only if the wider one is much larger and the planner prefers the narrow one).";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            if (t.Indexes.Count == 0) continue;
            var indexes = KeyShape.IndexesOf(t);
            var others = KeyShape.ConstraintsOf(t);
            others.AddRange(indexes);
            foreach (var a in indexes)
            {
                var cover = others.FirstOrDefault(b => !ReferenceEquals(a, b) && IsRedundantGiven(a, b));
                if (cover is null) continue;
                var ix = a.Index!;
                var label = LintPaths.IndexLabel(t, ix);
                var coverLabel = cover.Index is { } ci ? "index " + LintPaths.IndexLabel(t, ci)
                    : t.PrimaryKey?.Id == cover.ObjectId ? $"the primary key ({LintPaths.ColumnNames(t, t.PrimaryKey.ColumnIds)})"
                    : $"unique constraint ({string.Join(", ", cover.Parts.Select(p => t.FindColumn(p.ColumnId!)?.Name))})";
                yield return new LintFinding(Code, Severity, LintPaths.Index(t, ix),
                    $"Index {label} on {t.QualifiedName} is a left prefix of {coverLabel}, which serves the same lookups.")
                {
                    ObjectId = ix.Id,
                    TableId = t.Id,
                    QuickFix = new LintQuickFix($"Drop index {label}", d => DesignEdits.RemoveIndex(d, t.Id, ix.Id)),
                };
            }
        }
    }

    /// <summary>Whether index <paramref name="a"/> serves nothing that <paramref name="b"/> does not.</summary>
    internal static bool IsRedundantGiven(KeyShape a, KeyShape b)
    {
        if (a.Unique || a.Method != IndexMethod.BTree || b.Method != IndexMethod.BTree) return false;
        if (a.Where != b.Where || !a.IsLeftPrefixOf(b) || !a.IncludesCoveredBy(b)) return false;
        var sameLength = a.Parts.Count == b.Parts.Count;
        if (b.IsConstraint) return !sameLength; // a copy of a constraint's key is LN005
        if (DuplicateIndexRule.AreDuplicates(a, b)) return false; // LN003
        // Two non-unique indexes that serve each other (same key reversed, same includes): report only the later one.
        if (sameLength && !b.Unique && b.IsLeftPrefixOf(a) && b.IncludesCoveredBy(a)) return a.Position > b.Position;
        return true;
    }
}

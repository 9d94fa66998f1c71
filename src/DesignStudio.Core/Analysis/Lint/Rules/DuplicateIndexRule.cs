using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN003: an index identical to an earlier index of the same table: same key parts and sort orders, method,
/// uniqueness, predicate and included columns.
/// </summary>
public sealed class DuplicateIndexRule : ILintRule
{
    /// <inheritdoc />
    public string Code => "LN003";

    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public string Title => "Duplicate index";

    /// <inheritdoc />
    public string Rationale => "A second identical index serves no query the first does not; it doubles the write cost and the storage.";

    /// <inheritdoc />
    public string Remedy => "Drop the duplicate.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            if (t.Indexes.Count < 2) continue;
            var shapes = KeyShape.IndexesOf(t);
            for (var i = 1; i < shapes.Count; i++)
            {
                var original = shapes.Take(i).FirstOrDefault(s => AreDuplicates(s, shapes[i]));
                if (original is null) continue;
                var dup = shapes[i].Index!;
                var label = LintPaths.IndexLabel(t, dup);
                yield return new LintFinding(Code, Severity, LintPaths.Index(t, dup),
                    $"Index {label} duplicates {LintPaths.IndexLabel(t, original.Index!)} on {t.QualifiedName}.")
                {
                    ObjectId = dup.Id,
                    TableId = t.Id,
                    QuickFix = new LintQuickFix($"Drop index {label}", d => DesignEdits.RemoveIndex(d, t.Id, dup.Id)),
                };
            }
        }
    }

    /// <summary>Whether two indexes are the same in every property that matters to queries and constraints.</summary>
    internal static bool AreDuplicates(KeyShape a, KeyShape b) =>
        a.Method == b.Method && a.Unique == b.Unique && a.Where == b.Where && a.HasSamePartsAs(b)
        && a.Includes.Count == b.Includes.Count && a.Includes.All(b.Includes.Contains);
}

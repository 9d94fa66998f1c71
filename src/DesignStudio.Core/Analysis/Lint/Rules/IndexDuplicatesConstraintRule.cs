using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN005: a B-tree index over exactly the columns of the primary key or a unique constraint, in the same order,
/// without predicate, included columns or prefix lengths. Every engine already backs those constraints with such an index.
/// </summary>
public sealed class IndexDuplicatesConstraintRule : ILintRule
{
    /// <inheritdoc />
    public string Code => "LN005";

    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public string Title => "Index identical to the primary key or a unique constraint";

    /// <inheritdoc />
    public string Rationale => "Primary keys and unique constraints are enforced with their own index; a second index on the " +
        "same columns is maintained on every write and never adds a lookup path.";

    /// <inheritdoc />
    public string Remedy => "Drop the index; the constraint's index serves the same queries.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            if (t.Indexes.Count == 0) continue;
            foreach (var ix in t.Indexes)
            {
                if (ix.Method != IndexMethod.BTree || ix.Where is not null || ix.IncludeColumnIds.Count > 0) continue;
                var what = Match(t, ix);
                if (what is null) continue;
                var label = LintPaths.IndexLabel(t, ix);
                yield return new LintFinding(Code, Severity, LintPaths.Index(t, ix),
                    $"Index {label} on {t.QualifiedName} repeats {what}, which already has its own index.")
                {
                    ObjectId = ix.Id,
                    TableId = t.Id,
                    QuickFix = new LintQuickFix($"Drop index {label}", d => DesignEdits.RemoveIndex(d, t.Id, ix.Id)),
                };
            }
        }
    }

    private static string? Match(Table t, Model.Index ix)
    {
        if (t.PrimaryKey is { } pk && SameColumns(ix, pk.ColumnIds)) return $"the primary key ({LintPaths.ColumnNames(t, pk.ColumnIds)})";
        foreach (var u in t.Uniques)
        {
            if (!SameColumns(ix, u.ColumnIds)) continue;
            var columns = LintPaths.ColumnNames(t, u.ColumnIds);
            return u.Name is { } n ? $"unique constraint {n} ({columns})" : $"the unique constraint ({columns})";
        }
        return null;
    }

    /// <summary>Same columns in the same order, directions all ascending or all descending (a B-tree scans both ways).</summary>
    private static bool SameColumns(Model.Index ix, ValueList<string> columnIds)
    {
        if (ix.Parts.Count != columnIds.Count || columnIds.Count == 0) return false;
        for (var i = 0; i < columnIds.Count; i++)
        {
            var p = ix.Parts[i];
            if (p.ColumnId != columnIds[i] || p.PrefixLength is not null || p.Descending != ix.Parts[0].Descending) return false;
        }
        return true;
    }
}

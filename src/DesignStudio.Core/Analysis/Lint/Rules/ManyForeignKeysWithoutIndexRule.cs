using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN021: a table with at least <see cref="LintOptions.ManyForeignKeysThreshold"/> foreign keys and no index or unique
/// constraint beyond its primary key: a hub of joins with nothing to join through.
/// </summary>
public sealed class ManyForeignKeysWithoutIndexRule : ILintRule
{
    /// <inheritdoc />
    public string Code => "LN021";

    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public string Title => "Many foreign keys and no index beyond the primary key";

    /// <inheritdoc />
    public string Rationale => "A table referencing many others is joined from each of them; with only the primary key every " +
        "such join and every delete in a parent table scans it.";

    /// <inheritdoc />
    public string Remedy => "Index the foreign keys queries join on (often one composite index per access path).";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        var threshold = context.Options.ManyForeignKeysThreshold;
        foreach (var t in context.Design.Tables)
        {
            if (t.ForeignKeys.Count < threshold || t.Indexes.Count > 0 || t.Uniques.Count > 0) continue;
            var pk = KeyShape.ConstraintsOf(t);
            var unsupported = t.ForeignKeys.Where(fk => !ForeignKeyWithoutIndexRule.IsSupported(fk, pk)).ToArray();
            yield return new LintFinding(Code, Severity, LintPaths.Table(t),
                $"Table {t.QualifiedName} has {t.ForeignKeys.Count} foreign keys but no index beyond its primary key.")
            {
                ObjectId = t.Id,
                TableId = t.Id,
                QuickFix = unsupported.Length == 0 ? null : new LintQuickFix(
                    $"Create an index for each of the {unsupported.Length} unindexed foreign keys of {t.Name}",
                    d => unsupported.Aggregate(d, (acc, fk) =>
                        DesignEdits.AddIndex(acc, t.Id, DesignEdits.NewIndex(t, DesignEdits.IndexName(t, fk.ColumnIds), fk.ColumnIds)))),
            };
        }
    }
}

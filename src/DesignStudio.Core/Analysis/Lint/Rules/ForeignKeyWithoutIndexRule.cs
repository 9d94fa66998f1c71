using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN002: a foreign key whose columns are not the leading columns of any B-tree index, primary key or unique
/// constraint. The foreign-key columns must form a left prefix of the index (in any order among themselves); a
/// partial index does not count, since it leaves rows out.
/// </summary>
public sealed class ForeignKeyWithoutIndexRule : ILintRule
{
    /// <inheritdoc />
    public string Code => "LN002";

    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public string Title => "Foreign key without a supporting index";

    /// <inheritdoc />
    public string Rationale => "Joins from the parent and every delete or key update of a parent row look up the child rows " +
        "by the foreign-key columns; without an index each lookup scans the child table and, in PostgreSQL and SQL " +
        "Server, holds locks far longer. Only MySQL/MariaDB (InnoDB) create such an index implicitly.";

    /// <inheritdoc />
    public string Remedy => "Create an index whose leading columns are the foreign-key columns.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            if (t.ForeignKeys.Count == 0) continue;
            var candidates = KeyShape.ConstraintsOf(t);
            candidates.AddRange(KeyShape.IndexesOf(t).Where(s => s.Method == IndexMethod.BTree && s.Where is null));
            foreach (var fk in t.ForeignKeys)
            {
                if (IsSupported(fk, candidates)) continue;
                var severity = context.TargetsMySqlFamily ? Severity.Info : Severity;
                var note = context.TargetsMySqlFamily ? " InnoDB will create one implicitly; declare it so the design shows it." : "";
                var name = DesignEdits.IndexName(t, fk.ColumnIds);
                var columns = LintPaths.ColumnNames(t, fk.ColumnIds);
                yield return new LintFinding(Code, severity, LintPaths.ForeignKey(t, fk),
                    $"No index on {t.QualifiedName} starts with the foreign-key columns ({columns}){(fk.Name is { } n ? " of " + n : "")}.{note}")
                {
                    ObjectId = fk.Id,
                    TableId = t.Id,
                    QuickFix = new LintQuickFix($"Create index {name} on {t.Name} ({columns})",
                        d => DesignEdits.AddIndex(d, t.Id, DesignEdits.NewIndex(t, name, fk.ColumnIds))),
                };
            }
        }
    }

    /// <summary>Whether one of the candidate keys leads with exactly the foreign key's columns.</summary>
    internal static bool IsSupported(ForeignKey fk, IEnumerable<KeyShape> candidates)
    {
        var columns = fk.ColumnIds.ToHashSet(StringComparer.Ordinal);
        return columns.Count > 0 && candidates.Any(c => c.LeadsWithColumnSet(columns));
    }
}

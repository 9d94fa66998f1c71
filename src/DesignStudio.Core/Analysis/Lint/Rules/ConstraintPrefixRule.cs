using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN018: an explicitly named primary key, foreign key, unique constraint, check constraint or index whose name does
/// not start with the convention's prefix (pk_, fk_, uq_, ck_, ix_; compared case-insensitively, so PK_ passes; a
/// unique index may use uq_ or ix_). Unnamed objects get generated names and are not checked.
/// </summary>
public sealed class ConstraintPrefixRule : ILintRule
{
    /// <inheritdoc />
    public string Code => "LN018";

    /// <inheritdoc />
    public Severity Severity => Severity.Info;

    /// <inheritdoc />
    public string Title => "Constraint or index name without the conventional prefix";

    /// <inheritdoc />
    public string Rationale => "Constraint names appear in error messages and migration scripts; a prefix says at a glance " +
        "what failed (fk_orders_customer_id) and keeps names unique across kinds.";

    /// <inheritdoc />
    public string Remedy => "Rename to prefix_table_columns, e.g. fk_orders_customer_id or ix_posts_created_at.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        var n = context.Options.Naming;
        if (!n.RequirePrefixes) yield break;
        foreach (var t in context.Design.Tables)
        {
            if (t.PrimaryKey is { Name: { } pkName } pk && !HasPrefix(pkName, n.PrimaryKeyPrefix))
            {
                var name = n.PrimaryKeyPrefix + t.Name;
                yield return Finding(t, LintPaths.PrimaryKey(t), pk.Id, "Primary key", pkName, n.PrimaryKeyPrefix, name,
                    d => DesignEdits.UpdateTable(d, t.Id, x => x.PrimaryKey is { } p && p.Id == pk.Id ? x with { PrimaryKey = p with { Name = name } } : x));
            }
            foreach (var fk in t.ForeignKeys)
            {
                if (fk.Name is not { } fkName || HasPrefix(fkName, n.ForeignKeyPrefix)) continue;
                var name = Compose(n.ForeignKeyPrefix, t, fk.ColumnIds);
                yield return Finding(t, LintPaths.ForeignKey(t, fk), fk.Id, "Foreign key", fkName, n.ForeignKeyPrefix, name,
                    d => DesignEdits.UpdateForeignKey(d, t.Id, fk.Id, f => f with { Name = name }));
            }
            foreach (var u in t.Uniques)
            {
                if (u.Name is not { } uName || HasPrefix(uName, n.UniquePrefix)) continue;
                var name = Compose(n.UniquePrefix, t, u.ColumnIds);
                yield return Finding(t, LintPaths.Unique(t, u), u.Id, "Unique constraint", uName, n.UniquePrefix, name,
                    d => DesignEdits.UpdateTable(d, t.Id, x => x with { Uniques = x.Uniques.Replace(y => y.Id == u.Id, y => y with { Name = name }) }));
            }
            foreach (var ck in t.Checks)
            {
                if (ck.Name is not { } ckName || HasPrefix(ckName, n.CheckPrefix)) continue;
                var name = n.CheckPrefix + ckName;
                yield return Finding(t, LintPaths.Check(t, ck), ck.Id, "Check constraint", ckName, n.CheckPrefix, name,
                    d => DesignEdits.UpdateTable(d, t.Id, x => x with { Checks = x.Checks.Replace(y => y.Id == ck.Id, y => y with { Name = name }) }));
            }
            foreach (var ix in t.Indexes)
            {
                if (ix.Name is not { } ixName || HasPrefix(ixName, n.IndexPrefix) || (ix.Unique && HasPrefix(ixName, n.UniquePrefix))) continue;
                var prefix = ix.Unique ? n.UniquePrefix : n.IndexPrefix;
                var columns = ix.Parts.Select(p => p.ColumnId).OfType<string>().ToArray();
                var name = columns.Length == 0 ? prefix + ixName : Compose(prefix, t, columns);
                yield return Finding(t, LintPaths.Index(t, ix), ix.Id, ix.Unique ? "Unique index" : "Index", ixName, prefix, name,
                    d => DesignEdits.UpdateIndex(d, t.Id, ix.Id, i => i with { Name = name }));
            }
        }
    }

    private LintFinding Finding(Table t, string path, string objectId, string what, string actual, string prefix, string suggested, Func<Design, Design> fix) =>
        new(Code, Severity, path, $"{what} {actual} on {t.QualifiedName} does not start with {prefix}.")
        {
            ObjectId = objectId,
            TableId = t.Id,
            QuickFix = new LintQuickFix($"Rename {actual} to {suggested}", fix),
        };

    private static bool HasPrefix(string name, string prefix) => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static string Compose(string prefix, Table t, IEnumerable<string> columnIds) =>
        prefix + t.Name + "_" + string.Join("_", columnIds.Select(id => t.FindColumn(id)?.Name ?? id));
}

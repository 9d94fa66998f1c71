using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>LN001: a table without a primary key.</summary>
public sealed class NoPrimaryKeyRule : ILintRule
{
    /// <inheritdoc />
    public string Code => "LN001";

    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public string Title => "Table without a primary key";

    /// <inheritdoc />
    public string Rationale => "Without a primary key rows cannot be addressed reliably: duplicates creep in, other tables " +
        "cannot reference the rows, replication and many tools (ORMs, logical replication, CDC) need a key, and MySQL " +
        "InnoDB invents a hidden clustered key.";

    /// <inheritdoc />
    public string Remedy => "Declare the natural key as the primary key, or add a surrogate identity column and make it the key.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            if (t.PrimaryKey is { ColumnIds.Count: > 0 }) continue;
            yield return new LintFinding(Code, Severity, LintPaths.Table(t), $"Table {t.QualifiedName} has no primary key.")
            {
                ObjectId = t.Id,
                TableId = t.Id,
                QuickFix = FixFor(t),
            };
        }
    }

    private static LintQuickFix FixFor(Table t)
    {
        var pkId = ObjectId.Derive("pk", t.Id);
        var existing = t.FindColumnByName("id");
        if (existing is not null && t.Columns.Count(c => string.Equals(c.Name, "id", StringComparison.OrdinalIgnoreCase)) == 1)
        {
            var columnId = existing.Id;
            return new LintQuickFix($"Make {t.Name}.{existing.Name} the primary key", d => DesignEdits.UpdateTable(d, t.Id, table => table with
            {
                Columns = table.Columns.Replace(c => c.Id == columnId, c => c with { Nullable = false }),
                PrimaryKey = table.PrimaryKey is { ColumnIds.Count: > 0 } ? table.PrimaryKey : new PrimaryKey { Id = pkId, ColumnIds = [columnId] },
            }));
        }

        var newColumnId = ObjectId.Derive("col", t.Id + "/id");
        return new LintQuickFix($"Add an identity column id (int64) to {t.Name} as its primary key", d => DesignEdits.UpdateTable(d, t.Id, table =>
            table.PrimaryKey is { ColumnIds.Count: > 0 } || table.FindColumn(newColumnId) is not null ? table : table with
            {
                Columns = table.Columns.Insert(0, new Column
                {
                    Id = newColumnId, Name = "id", Type = LogicalType.Int64, Nullable = false, Identity = IdentityKind.Always,
                }),
                PrimaryKey = new PrimaryKey { Id = pkId, ColumnIds = [newColumnId] },
            }));
    }
}

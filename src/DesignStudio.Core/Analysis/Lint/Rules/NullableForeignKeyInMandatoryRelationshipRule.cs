using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN006: a foreign key whose column nullability contradicts the relationship. The model has no separate
/// "mandatory" flag, so a relationship counts as mandatory when at least one of its foreign-key columns is NOT NULL
/// (primary-key columns are NOT NULL too). Two contradictions are reported: a composite foreign key mixing NOT NULL
/// and nullable columns (under the default MATCH SIMPLE one NULL switches the whole check off, so the mandatory
/// relationship is not enforced), and ON DELETE SET NULL on a mandatory relationship (deleting a parent fails).
/// </summary>
public sealed class NullableForeignKeyInMandatoryRelationshipRule : ILintRule
{
    /// <inheritdoc />
    public string Code => "LN006";

    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public string Title => "Nullable foreign-key columns in a mandatory relationship";

    /// <inheritdoc />
    public string Rationale => "With the default MATCH SIMPLE a row whose foreign-key columns contain any NULL is not checked " +
        "at all, so a composite key that is partly NOT NULL still lets orphans in; and ON DELETE SET NULL cannot set a " +
        "NOT NULL column, so deleting the parent fails (MySQL rejects the constraint outright).";

    /// <inheritdoc />
    public string Remedy => "Make every column of a mandatory foreign key NOT NULL, and choose RESTRICT, NO ACTION or CASCADE for it; keep SET NULL for optional relationships.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            foreach (var fk in t.ForeignKeys)
            {
                var columns = fk.ColumnIds.Select(t.FindColumn).OfType<Column>().ToArray();
                if (columns.Length == 0) continue;
                var nullable = columns.Where(c => IsNullable(t, c)).ToArray();
                var mandatory = nullable.Length < columns.Length;
                if (!mandatory) continue;
                var label = LintPaths.ForeignKeyLabel(t, fk);
                if (nullable.Length > 0)
                {
                    var names = string.Join(", ", nullable.Select(c => c.Name));
                    var ids = nullable.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
                    yield return new LintFinding(Code, Severity, LintPaths.ForeignKey(t, fk),
                        $"The {label} mixes NOT NULL and nullable columns ({names}); a NULL in {names} skips the reference check entirely.")
                    {
                        ObjectId = fk.Id,
                        TableId = t.Id,
                        QuickFix = new LintQuickFix($"Make {names} NOT NULL", d => DesignEdits.UpdateTable(d, t.Id, table => table with
                        {
                            Columns = table.Columns.Select(c => ids.Contains(c.Id) ? c with { Nullable = false } : c).ToValueList(),
                        })),
                    };
                }
                else if (fk.OnDelete == ReferentialAction.SetNull)
                {
                    yield return new LintFinding(Code, Severity.Error, LintPaths.ForeignKey(t, fk),
                        $"The {label} is ON DELETE SET NULL, but its columns are NOT NULL: deleting a referenced row will fail.")
                    {
                        ObjectId = fk.Id,
                        TableId = t.Id,
                        QuickFix = new LintQuickFix("Use ON DELETE RESTRICT", d => DesignEdits.UpdateForeignKey(d, t.Id, fk.Id,
                            f => f with { OnDelete = ReferentialAction.Restrict })),
                    };
                }
            }
        }
    }

    private static bool IsNullable(Table t, Column c) => c.Nullable && !(t.PrimaryKey?.ColumnIds.Contains(c.Id) ?? false);
}

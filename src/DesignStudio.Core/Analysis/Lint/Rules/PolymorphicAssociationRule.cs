using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN020: a polymorphic association: a string or enum column <c>X_type</c> (or <c>X_table</c>) next to a column
/// <c>X_id</c> that no foreign key covers, e.g. <c>commentable_type</c> + <c>commentable_id</c>. Any naming style
/// (<c>commentableType</c>, <c>CommentableId</c>) is recognised.
/// </summary>
public sealed class PolymorphicAssociationRule : ILintRule
{
    /// <inheritdoc />
    public string Code => "LN020";

    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public string Title => "Polymorphic association";

    /// <inheritdoc />
    public string Rationale => "A (type, id) pair points into a table chosen per row, so the database cannot enforce the " +
        "reference: orphans and ids of the wrong type go unnoticed, and joins need a CASE per target table.";

    /// <inheritdoc />
    public string Remedy => "Use one nullable foreign key per target table with a check that exactly one is set, or a shared supertype table the targets reference.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            if (t.Columns.Count < 2) continue;
            foreach (var typeColumn in t.Columns)
            {
                if (typeColumn.Type.Kind is not (TypeKind.Varchar or TypeKind.Text or TypeKind.Char or TypeKind.Enum)) continue;
                var words = context.Words(typeColumn.Name);
                if (words.Count < 2 || words[^1] is not ("type" or "table")) continue;
                var stem = string.Join(' ', words.Take(words.Count - 1));
                var idColumn = t.Columns.FirstOrDefault(c => context.WordKey(c.Name) == stem + " id");
                if (idColumn is null || t.ForeignKeys.Any(fk => fk.ColumnIds.Contains(idColumn.Id))) continue;
                yield return new LintFinding(Code, Severity, LintPaths.Column(t, idColumn),
                    $"Columns {t.Name}.{typeColumn.Name} and {t.Name}.{idColumn.Name} form a polymorphic association that no foreign key can enforce.")
                {
                    ObjectId = idColumn.Id,
                    TableId = t.Id,
                };
            }
        }
    }
}

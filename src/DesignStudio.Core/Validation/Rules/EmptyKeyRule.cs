namespace DesignStudio.Core.Validation.Rules;

/// <summary>
/// DS019: a primary key, unique constraint or index without columns, or an index part that is neither a column nor
/// an expression (or both at once).
/// </summary>
internal sealed class EmptyKeyRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            if (t.PrimaryKey is { ColumnIds.Count: 0 }) context.Error(ValidationCodes.EmptyKey, DesignPaths.PrimaryKey(t), "The primary key has no columns.");
            foreach (var u in t.Uniques)
            {
                if (u.ColumnIds.Count == 0) context.Error(ValidationCodes.EmptyKey, DesignPaths.Unique(t, u), "The unique constraint has no columns.");
            }
            foreach (var i in t.Indexes)
            {
                if (i.Parts.Count == 0) context.Error(ValidationCodes.EmptyKey, DesignPaths.Index(t, i), "The index has no key columns or expressions.");
                for (var p = 0; p < i.Parts.Count; p++)
                {
                    var part = i.Parts[p];
                    var hasColumn = part.ColumnId is not null;
                    var hasExpression = !string.IsNullOrWhiteSpace(part.Expression);
                    if (hasColumn == hasExpression)
                    {
                        context.Error(ValidationCodes.EmptyKey, DesignPaths.Index(t, i),
                            $"Index part {p + 1} must be either a column or an expression, not {(hasColumn ? "both" : "neither")}.");
                    }
                }
            }
        }
    }
}

namespace DesignStudio.Core.Validation.Rules;

/// <summary>DS015: a foreign key with no columns, or whose column count differs from its target column count.</summary>
internal sealed class ForeignKeyColumnCountRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            foreach (var f in t.ForeignKeys)
            {
                if (f.ColumnIds.Count == 0)
                {
                    context.Error(ValidationCodes.ForeignKeyColumnCount, DesignPaths.ForeignKey(t, f), "The foreign key has no columns.");
                }
                else if (f.ColumnIds.Count != f.TargetColumnIds.Count)
                {
                    context.Error(ValidationCodes.ForeignKeyColumnCount, DesignPaths.ForeignKey(t, f),
                        $"The foreign key has {f.ColumnIds.Count} column(s) but references {f.TargetColumnIds.Count}.");
                }
            }
        }
    }
}

namespace DesignStudio.Core.Validation.Rules;

/// <summary>DS002: two columns of one table with the same name.</summary>
internal sealed class DuplicateColumnNameRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            DuplicateNames.Check(context,
                t.Columns.Select(c => new NamedItem(c.Name, "", "", DesignPaths.Column(t, c))),
                ValidationCodes.DuplicateColumnName, "column", crossOwnerSeverity: null);
        }
    }
}

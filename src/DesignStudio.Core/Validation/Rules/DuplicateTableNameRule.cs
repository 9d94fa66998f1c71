namespace DesignStudio.Core.Validation.Rules;

/// <summary>DS001: two tables in the same schema with the same name.</summary>
internal sealed class DuplicateTableNameRule : IDesignRule
{
    public void Check(ValidationContext context) =>
        DuplicateNames.Check(context,
            context.Design.Tables.Select(t => new NamedItem(t.Name, t.Schema ?? "", "", DesignPaths.Table(t))),
            ValidationCodes.DuplicateTableName, "table", crossOwnerSeverity: null);
}

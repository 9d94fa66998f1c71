using DesignStudio.Core.Dialects;

namespace DesignStudio.Core.Validation.Rules;

/// <summary>
/// DS005: two enums in one schema with the same name. For PostgreSQL an enum also clashes with a table of the same
/// name in its schema, because every table has a row type of its name.
/// </summary>
internal sealed class DuplicateEnumNameRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        DuplicateNames.Check(context,
            context.Design.Enums.Select(e => new NamedItem(e.Name, e.Schema ?? "", "", DesignPaths.Enum(e))),
            ValidationCodes.DuplicateEnumName, "enum", crossOwnerSeverity: null);
        if (context.Rules?.Dialect != DialectNames.PostgreSql) return;
        foreach (var e in context.Design.Enums)
        {
            var table = context.Design.Tables.FirstOrDefault(t => t.Name == e.Name && (t.Schema ?? "") == (e.Schema ?? ""));
            if (table is not null)
            {
                context.Error(ValidationCodes.DuplicateEnumName, DesignPaths.Enum(e),
                    $"Enum '{e.Name}' has the name of table {DesignPaths.Table(table)}; PostgreSQL gives every table a type of its name.");
            }
        }
    }
}

using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Validation.Rules;

/// <summary>
/// DS004: two indexes with the same name. Always an error within a table. PostgreSQL and SQLite keep index names per
/// schema, so a clash across tables is an error there (for PostgreSQL primary-key and unique constraints create
/// indexes of their own name and join the check); without a dialect it is a warning; MySQL, MariaDB and SQL Server
/// name indexes per table.
/// </summary>
internal sealed class DuplicateIndexNameRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        var dialect = context.Rules?.Dialect;
        Severity? cross = dialect switch
        {
            null => Severity.Warning,
            DialectNames.PostgreSql or DialectNames.Sqlite => Severity.Error,
            _ => null,
        };
        var withKeys = dialect == DialectNames.PostgreSql;
        DuplicateNames.Check(context, context.Design.Tables.SelectMany(t => Names(t, withKeys)), ValidationCodes.DuplicateIndexName, "index", cross);
    }

    private static IEnumerable<NamedItem> Names(Table t, bool withKeys)
    {
        var scope = t.Schema ?? "";
        if (withKeys && t.PrimaryKey is { Name: { } pk }) yield return new NamedItem(pk, scope, t.Id, DesignPaths.PrimaryKey(t));
        if (withKeys)
        {
            foreach (var u in t.Uniques)
            {
                if (u.Name is { } n) yield return new NamedItem(n, scope, t.Id, DesignPaths.Unique(t, u));
            }
        }
        foreach (var i in t.Indexes)
        {
            if (i.Name is { } n) yield return new NamedItem(n, scope, t.Id, DesignPaths.Index(t, i));
        }
    }
}

using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Validation.Rules;

/// <summary>
/// DS003: two constraints with the same name. Always an error within a table. Across tables of one schema it is an
/// error for SQL Server (constraints are schema objects) and MySQL/MariaDB (foreign-key names are per database), a
/// warning without a dialect, and allowed for PostgreSQL and SQLite (per-table names).
/// </summary>
internal sealed class DuplicateConstraintNameRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        Severity? cross = context.Rules?.Dialect switch
        {
            null => Severity.Warning,
            DialectNames.SqlServer or DialectNames.MySql or DialectNames.MariaDb => Severity.Error,
            _ => null,
        };
        DuplicateNames.Check(context, context.Design.Tables.SelectMany(Names), ValidationCodes.DuplicateConstraintName, "constraint", cross);
    }

    private static IEnumerable<NamedItem> Names(Table t)
    {
        var scope = t.Schema ?? "";
        if (t.PrimaryKey is { Name: { } pk }) yield return new NamedItem(pk, scope, t.Id, DesignPaths.PrimaryKey(t));
        foreach (var u in t.Uniques)
        {
            if (u.Name is { } n) yield return new NamedItem(n, scope, t.Id, DesignPaths.Unique(t, u));
        }
        foreach (var c in t.Checks)
        {
            if (c.Name is { } n) yield return new NamedItem(n, scope, t.Id, DesignPaths.Check(t, c));
        }
        foreach (var f in t.ForeignKeys)
        {
            if (f.Name is { } n) yield return new NamedItem(n, scope, t.Id, DesignPaths.ForeignKey(t, f));
        }
    }
}

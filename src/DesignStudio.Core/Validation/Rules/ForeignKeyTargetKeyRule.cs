using DesignStudio.Core.Model;

namespace DesignStudio.Core.Validation.Rules;

/// <summary>
/// DS016: a foreign key's target columns are not exactly (as a set) the primary key, a unique constraint, or a
/// non-partial unique index over plain columns of the target table. PostgreSQL, SQLite and SQL Server refuse such a
/// key; MySQL accepts any indexed columns, but the reference is then not to one row.
/// </summary>
internal sealed class ForeignKeyTargetKeyRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            foreach (var f in t.ForeignKeys)
            {
                if (context.Table(f.TargetTableId) is not { } target) continue;
                if (f.TargetColumnIds.Count == 0 || f.TargetColumnIds.Any(id => target.FindColumn(id) is null)) continue;
                if (Keys(target).Any(k => k.SetEquals(f.TargetColumnIds))) continue;
                var names = string.Join(", ", f.TargetColumnIds.Select(id => target.FindColumn(id)!.Name));
                context.Error(ValidationCodes.ForeignKeyTargetNotKey, DesignPaths.ForeignKey(t, f),
                    $"The foreign key references ({names}) of '{target.QualifiedName}', which is not its primary key or a unique key.");
            }
        }
    }

    private static IEnumerable<HashSet<string>> Keys(Table target)
    {
        if (target.PrimaryKey is { } pk) yield return new HashSet<string>(pk.ColumnIds, StringComparer.Ordinal);
        foreach (var u in target.Uniques) yield return new HashSet<string>(u.ColumnIds, StringComparer.Ordinal);
        foreach (var i in target.Indexes)
        {
            if (i.Unique && i.Where is null && i.Parts.All(p => p.ColumnId is not null && p.Expression is null && p.PrefixLength is null))
            {
                yield return new HashSet<string>(i.Parts.Select(p => p.ColumnId!), StringComparer.Ordinal);
            }
        }
    }
}

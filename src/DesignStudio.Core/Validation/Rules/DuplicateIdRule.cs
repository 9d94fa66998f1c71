using DesignStudio.Core.Model;

namespace DesignStudio.Core.Validation.Rules;

/// <summary>DS009: an empty id, or two objects sharing an id, which makes references to it ambiguous.</summary>
internal sealed class DuplicateIdRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, path) in Ids(context.Design))
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                context.Error(ValidationCodes.DuplicateId, path, "The object has no id.");
            }
            else if (!seen.TryAdd(id, path))
            {
                context.Error(ValidationCodes.DuplicateId, path, $"Id '{id}' is also used by {seen[id]}; every object needs its own id.");
            }
        }
    }

    private static IEnumerable<(string Id, string Path)> Ids(Design d)
    {
        foreach (var t in d.Tables)
        {
            yield return (t.Id, DesignPaths.Table(t));
            foreach (var c in t.Columns) yield return (c.Id, DesignPaths.Column(t, c));
            if (t.PrimaryKey is { } pk) yield return (pk.Id, DesignPaths.PrimaryKey(t));
            foreach (var u in t.Uniques) yield return (u.Id, DesignPaths.Unique(t, u));
            foreach (var c in t.Checks) yield return (c.Id, DesignPaths.Check(t, c));
            foreach (var f in t.ForeignKeys) yield return (f.Id, DesignPaths.ForeignKey(t, f));
            foreach (var i in t.Indexes) yield return (i.Id, DesignPaths.Index(t, i));
            foreach (var f in t.FunctionalDependencies) yield return (f.Id, DesignPaths.Dependency(t, f));
        }
        foreach (var e in d.Enums) yield return (e.Id, DesignPaths.Enum(e));
        foreach (var a in d.Areas) yield return (a.Id, DesignPaths.Area(a));
        foreach (var n in d.Notes) yield return (n.Id, DesignPaths.Note(n));
        foreach (var v in d.Verbatim) yield return (v.Id, DesignPaths.Verbatim(v));
    }
}

using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

public static partial class NameMatcher
{
    /// <summary>
    /// <paramref name="new"/> with the ids of the objects it shares with <paramref name="old"/> (matched by name or
    /// confirmed rename); unmatched objects keep their ids and show up as added.
    /// </summary>
    public static Design Align(Design old, Design @new, ConfirmedRenames? confirmed = null)
    {
        confirmed ??= ConfirmedRenames.None;
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in @new.Enums)
        {
            if (old.Enums.FirstOrDefault(o => Names.Equals(o.Name, e.Name) && o.Schema == e.Schema) is { } oe) ids[e.Id] = oe.Id;
        }
        var pairs = new List<(Table Old, Table New)>();
        foreach (var t in @new.Tables)
        {
            var o = confirmed.OldIdOf(t.Id) is { } id ? old.FindTable(id) : old.Tables.FirstOrDefault(x => Names.Equals(x.QualifiedName, t.QualifiedName));
            if (o is null) continue;
            ids[t.Id] = o.Id;
            pairs.Add((o, t));
            foreach (var c in t.Columns)
            {
                var oc = confirmed.OldIdOf(c.Id) is { } cid ? o.FindColumn(cid) : o.FindColumnByName(c.Name);
                if (oc is not null) ids[c.Id] = oc.Id;
            }
        }
        string Map(string id) => ids.GetValueOrDefault(id, id);
        var tables = @new.Tables.Select(t => RewriteTable(t, Map)).ToList();
        // Constraints and indexes: same name, or otherwise the same definition over the mapped columns.
        foreach (var (o, n) in pairs)
        {
            var t = tables.First(x => x.Id == Map(n.Id));
            if (o.PrimaryKey is { } opk && t.PrimaryKey is { } pk) ids[pk.Id] = opk.Id;
            MatchItems(o.Uniques, t.Uniques, u => u.Id, u => u.Name, u => string.Join(",", u.ColumnIds), ids);
            MatchItems(o.Checks, t.Checks, c => c.Id, c => c.Name, c => c.Expression, ids);
            MatchItems(o.ForeignKeys, t.ForeignKeys, f => f.Id, f => f.Name, f => string.Join(",", f.ColumnIds) + ">" + f.TargetTableId, ids);
            MatchItems(o.Indexes, t.Indexes, i => i.Id, i => i.Name, i => string.Join(",", i.Parts.Select(p => p.ColumnId ?? p.Expression)), ids);
        }
        return @new with
        {
            Enums = @new.Enums.Select(e => e with { Id = Map(e.Id) }).ToValueList(),
            Tables = tables.Select(t => RewriteConstraints(t, Map)).ToValueList(),
        };
    }

    private static void MatchItems<T>(ValueList<T> old, ValueList<T> @new, Func<T, string> id, Func<T, string?> name, Func<T, string> definition,
        Dictionary<string, string> ids)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in @new)
        {
            var match = old.FirstOrDefault(o => !taken.Contains(id(o)) && name(n) is { } nn && name(o) is { } on && Names.Equals(nn, on))
                        ?? old.FirstOrDefault(o => !taken.Contains(id(o)) && definition(o) == definition(n));
            if (match is null) continue;
            taken.Add(id(match));
            ids[id(n)] = id(match);
        }
    }

    private static Table RewriteTable(Table t, Func<string, string> map) => t with
    {
        Id = map(t.Id),
        Columns = t.Columns.Select(c => c with { Id = map(c.Id), Type = c.Type.EnumId is { } e ? c.Type with { EnumId = map(e) } : c.Type }).ToValueList(),
        PrimaryKey = t.PrimaryKey is { } pk ? pk with { ColumnIds = pk.ColumnIds.Select(map).ToValueList() } : null,
        Uniques = t.Uniques.Select(u => u with { ColumnIds = u.ColumnIds.Select(map).ToValueList() }).ToValueList(),
        ForeignKeys = t.ForeignKeys.Select(f => f with
        {
            ColumnIds = f.ColumnIds.Select(map).ToValueList(),
            TargetTableId = map(f.TargetTableId),
            TargetColumnIds = f.TargetColumnIds.Select(map).ToValueList(),
        }).ToValueList(),
        Indexes = t.Indexes.Select(i => i with
        {
            Parts = i.Parts.Select(p => p.ColumnId is { } c ? p with { ColumnId = map(c) } : p).ToValueList(),
            IncludeColumnIds = i.IncludeColumnIds.Select(map).ToValueList(),
        }).ToValueList(),
        Features = t.Features.UpdatedAtColumnId is { } u ? t.Features with { UpdatedAtColumnId = map(u) } : t.Features,
    };

    private static Table RewriteConstraints(Table t, Func<string, string> map) => t with
    {
        PrimaryKey = t.PrimaryKey is { } pk ? pk with { Id = map(pk.Id) } : null,
        Uniques = t.Uniques.Select(u => u with { Id = map(u.Id) }).ToValueList(),
        Checks = t.Checks.Select(c => c with { Id = map(c.Id) }).ToValueList(),
        ForeignKeys = t.ForeignKeys.Select(f => f with { Id = map(f.Id) }).ToValueList(),
        Indexes = t.Indexes.Select(i => i with { Id = map(i.Id) }).ToValueList(),
    };
}

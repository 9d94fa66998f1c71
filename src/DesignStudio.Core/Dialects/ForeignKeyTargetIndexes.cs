using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects;

/// <summary>
/// Finds the unique indexes that a foreign key needs to exist before it is created: engines accept a foreign key only
/// when its target columns carry a primary key, a unique constraint or a plain unique index (PostgreSQL, SQL Server,
/// MySQL). Where no key or unique constraint of the target matches, the generator creates the matching unique index
/// together with its table instead of with the other indexes after every table and foreign key.
/// </summary>
internal static class ForeignKeyTargetIndexes
{
    /// <summary>Ids of the indexes to create right after their table's CREATE TABLE.</summary>
    public static IReadOnlySet<string> Find(Design design)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        Dictionary<string, Table>? tablesById = null;
        foreach (var table in design.Tables)
        {
            foreach (var fk in table.ForeignKeys)
            {
                tablesById ??= design.Tables.GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                if (!tablesById.TryGetValue(fk.TargetTableId, out var target) || HasKeyOn(target, fk.TargetColumnIds)) continue;
                var index = target.Indexes.FirstOrDefault(ix => IsPlainUniqueOn(ix, fk.TargetColumnIds));
                if (index is not null) result.Add(index.Id);
            }
        }
        return result;
    }

    private static bool HasKeyOn(Table table, ValueList<string> columnIds) =>
        (table.PrimaryKey is { } pk && SameSet(pk.ColumnIds, columnIds)) || table.Uniques.Any(u => SameSet(u.ColumnIds, columnIds));

    // A partial or expression index cannot back a foreign key, so only plain column indexes qualify.
    private static bool IsPlainUniqueOn(Model.Index index, ValueList<string> columnIds) =>
        index.Unique && index.Where is null && index.Parts.All(p => p.ColumnId is not null && p.PrefixLength is null)
        && SameSet(index.Parts.Select(p => p.ColumnId!), columnIds);

    private static bool SameSet(IEnumerable<string> a, IEnumerable<string> b)
    {
        var left = a.ToHashSet(StringComparer.Ordinal);
        var right = b.ToList();
        return left.Count == right.Count && right.All(left.Contains);
    }
}

using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Diff;

/// <summary>
/// Compares two versions of one design by stable object id. Objects with the same id are the same object, so a
/// changed name is a rename, never a drop and a create. Designs imported separately (different ids) are first
/// aligned with <see cref="NameMatcher"/>.
/// </summary>
public static partial class SchemaDiffer
{
    /// <summary>
    /// The changes from <paramref name="from"/> to <paramref name="to"/>. With a <paramref name="dialect"/>, derived
    /// constraint and index names are compared as that dialect's DDL generator would write them.
    /// </summary>
    public static SchemaDiff Diff(Design from, Design to, ISqlDialect? dialect = null)
    {
        var changes = new List<SchemaChange>();
        DiffEnums(from, to, changes);
        var fromTables = ById(from.Tables, t => t.Id);
        var toTables = ById(to.Tables, t => t.Id);
        foreach (var t in from.Tables)
        {
            if (toTables.ContainsKey(t.Id)) continue;
            if (t.Features.UpdatedAtColumnId is { } u && t.FindColumn(u) is { } uc) changes.Add(new DropUpdatedAt(t, t, uc));
            foreach (var fk in t.ForeignKeys) changes.Add(new DropForeignKey(t, t, fk));
            changes.Add(new DropTable(t));
        }
        foreach (var t in to.Tables)
        {
            if (fromTables.TryGetValue(t.Id, out var old))
            {
                DiffTable(old, t, fromTables, toTables, dialect, changes);
                continue;
            }
            changes.Add(new AddTable(t));
            foreach (var fk in t.ForeignKeys) changes.Add(new AddForeignKey(t, t, fk));
            if (t.Features.UpdatedAtColumnId is { } u && t.FindColumn(u) is { } uc) changes.Add(new AddUpdatedAt(t, t, uc));
        }
        return new SchemaDiff(changes, []);
    }

    private static void DiffEnums(Design from, Design to, List<SchemaChange> changes)
    {
        var toEnums = ById(to.Enums, e => e.Id);
        var fromEnums = ById(from.Enums, e => e.Id);
        foreach (var e in from.Enums)
        {
            if (!toEnums.ContainsKey(e.Id)) changes.Add(new DropEnum(e));
        }
        foreach (var e in to.Enums)
        {
            if (!fromEnums.TryGetValue(e.Id, out var old))
            {
                changes.Add(new CreateEnum(e));
                continue;
            }
            if (old.Name != e.Name || old.Schema != e.Schema) changes.Add(new ReplaceEnum(old, e));
            else if (old.Values != e.Values) DiffEnumValues(old, e, changes);
            if (old.Comment != e.Comment) changes.Add(new ChangeEnumComment(old, e));
        }
    }

    private static void DiffEnumValues(EnumType from, EnumType to, List<SchemaChange> changes)
    {
        if (IsSubsequence(from.Values, to.Values))
        {
            // Each added value goes before the next value that already exists (appended when none follows).
            for (var i = 0; i < to.Values.Count; i++)
            {
                if (from.Values.Contains(to.Values[i])) continue;
                string? before = null;
                for (var j = i + 1; j < to.Values.Count && before is null; j++)
                {
                    if (from.Values.Contains(to.Values[j])) before = to.Values[j];
                }
                changes.Add(new AddEnumValue(from, to, to.Values[i], before));
            }
            return;
        }
        if (from.Values.Count == to.Values.Count)
        {
            var renames = new List<SchemaChange>();
            for (var i = 0; i < from.Values.Count; i++)
            {
                if (from.Values[i] == to.Values[i]) continue;
                if (from.Values.Contains(to.Values[i]) || to.Values.Contains(from.Values[i])) { renames = null; break; }
                renames.Add(new RenameEnumValue(from, to, from.Values[i], to.Values[i]));
            }
            if (renames is not null)
            {
                changes.AddRange(renames);
                return;
            }
        }
        changes.Add(new ReplaceEnum(from, to));
    }

    private static bool IsSubsequence(ValueList<string> small, ValueList<string> big)
    {
        var j = 0;
        foreach (var v in big)
        {
            if (j < small.Count && small[j] == v) j++;
        }
        return j == small.Count;
    }

    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items) map.TryAdd(id(item), item);
        return map;
    }
}

using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Checks and list edits shared by the operations.</summary>
/// <remarks>
/// Name conflicts are exact (ordinal) here: whether "Users" and "users" clash depends on the dialect, which is the
/// validator's call; an operation only refuses what is a conflict everywhere.
/// </remarks>
internal static class DesignEdit
{
    public static Design WithTable(this Design design, Table table) =>
        design with { Tables = design.Tables.Replace(t => t.Id == table.Id, _ => table) };

    public static ValueList<T> InsertAt<T>(ValueList<T> list, T item, int? at) =>
        at is { } i ? list.Insert(i, item) : list.Add(item);

    public static Diagnostic? CheckPosition(string path, int? at, int count) =>
        at is { } i && (i < 0 || i > count) ? OutOfRange(path, i, count) : null;

    public static bool TryRemove<T>(ValueList<T> list, Func<T, bool> match, out ValueList<T> rest, out T item, out int index)
    {
        index = list.FindIndex(match);
        if (index < 0)
        {
            rest = list;
            item = default!;
            return false;
        }
        item = list[index];
        rest = list.RemoveAt(index);
        return true;
    }

    public static Diagnostic? CheckTableName(Design design, string name, string? schema, string? exceptId, string path)
    {
        if (string.IsNullOrWhiteSpace(name)) return Empty(path, "table");
        foreach (var t in design.Tables)
        {
            if (t.Id != exceptId && t.Name == name && t.Schema == schema) return Duplicate(path, "table", name);
        }
        return null;
    }

    public static Diagnostic? CheckColumnName(Table table, string name, string? exceptId, string path)
    {
        if (string.IsNullOrWhiteSpace(name)) return Empty(path, "column");
        foreach (var c in table.Columns)
        {
            if (c.Id != exceptId && c.Name == name) return Duplicate(path, "column", name);
        }
        return null;
    }

    /// <summary>Ids and names of a table's keys, constraints, indexes and dependencies (they share one namespace).</summary>
    public static IEnumerable<(string Id, string? Name)> Parts(Table table)
    {
        if (table.PrimaryKey is { } pk) yield return (pk.Id, pk.Name);
        foreach (var u in table.Uniques) yield return (u.Id, u.Name);
        foreach (var c in table.Checks) yield return (c.Id, c.Name);
        foreach (var f in table.ForeignKeys) yield return (f.Id, f.Name);
        foreach (var i in table.Indexes) yield return (i.Id, i.Name);
        foreach (var d in table.FunctionalDependencies) yield return (d.Id, null);
    }

    /// <summary>Refuses a part whose id is taken or whose (optional) name is empty or taken, ignoring <paramref name="exceptId"/>.</summary>
    public static Diagnostic? CheckPart(Table table, string id, string? name, string? exceptId, string path, string what)
    {
        if (name is not null && string.IsNullOrWhiteSpace(name)) return Empty(path, what);
        foreach (var (otherId, otherName) in Parts(table))
        {
            if (otherId == exceptId) continue;
            if (otherId == id) return SameId(path, what, id);
            if (name is not null && otherName == name) return Duplicate(path, "constraint or index", name);
        }
        return null;
    }

    public static Diagnostic? CheckColumns(Table table, IReadOnlyList<string> columnIds, string path)
    {
        if (columnIds.Count == 0) return Error(InvalidColumnList, path, "At least one column is needed.");
        if (columnIds.Distinct().Count() != columnIds.Count) return Error(InvalidColumnList, path, "A column is listed twice.");
        foreach (var id in columnIds)
        {
            if (table.FindColumn(id) is null) return MissingColumn(table, id);
        }
        return null;
    }

    public static bool UsesColumn(this Model.Index index, string columnId) =>
        index.IncludeColumnIds.Contains(columnId) || index.Parts.Any(p => p.ColumnId == columnId);

    public static bool UsesColumn(this FunctionalDependency dependency, string columnId) =>
        dependency.DeterminantIds.Contains(columnId) || dependency.DependentIds.Contains(columnId);
}

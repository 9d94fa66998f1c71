using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint;

/// <summary>
/// Pure edits quick fixes are built from. Each finds its target by id and returns the design unchanged when the
/// target is gone, so a stale quick fix is harmless.
/// </summary>
internal static class DesignEdits
{
    public static Design UpdateTable(Design d, string tableId, Func<Table, Table> update) =>
        d with { Tables = d.Tables.Replace(t => t.Id == tableId, update) };

    public static Design UpdateColumn(Design d, string tableId, string columnId, Func<Column, Column> update) =>
        UpdateTable(d, tableId, t => t with { Columns = t.Columns.Replace(c => c.Id == columnId, update) });

    public static Design UpdateIndex(Design d, string tableId, string indexId, Func<Model.Index, Model.Index> update) =>
        UpdateTable(d, tableId, t => t with { Indexes = t.Indexes.Replace(i => i.Id == indexId, update) });

    public static Design UpdateForeignKey(Design d, string tableId, string fkId, Func<ForeignKey, ForeignKey> update) =>
        UpdateTable(d, tableId, t => t with { ForeignKeys = t.ForeignKeys.Replace(f => f.Id == fkId, update) });

    public static Design RemoveIndex(Design d, string tableId, string indexId) =>
        UpdateTable(d, tableId, t => t with { Indexes = t.Indexes.RemoveAll(i => i.Id == indexId) });

    /// <summary>Adds an index unless the table already has one with the same id.</summary>
    public static Design AddIndex(Design d, string tableId, Model.Index index) =>
        UpdateTable(d, tableId, t => t.Indexes.FindIndex(i => i.Id == index.Id) >= 0 ? t : t with { Indexes = t.Indexes.Add(index) });

    /// <summary>A plain B-tree index over the columns, with an id derived from the table and name.</summary>
    public static Model.Index NewIndex(Table t, string name, IEnumerable<string> columnIds) => new()
    {
        Id = ObjectId.Derive("idx", t.Id + "/" + name),
        Name = name,
        Parts = columnIds.Select(id => IndexPart.OfColumn(id)).ToValueList(),
    };

    /// <summary>The conventional index name <c>ix_table_col1_col2</c>.</summary>
    public static string IndexName(Table t, IEnumerable<string> columnIds) =>
        "ix_" + t.Name + "_" + string.Join("_", columnIds.Select(id => t.FindColumn(id)?.Name ?? id));
}

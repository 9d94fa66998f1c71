using DesignStudio.Core.Model;

namespace DesignStudio.Web.Canvas;

/// <summary>
/// Copies of tables for duplicate and copy/paste: new ids for the table and every part, a free name, column
/// references remapped; foreign keys among the copied tables point at the copies, others keep their target.
/// Constraint names are dropped (they must be unique per schema) and functional dependencies are not copied; foreign keys to tables no longer in the design are dropped.
/// </summary>
public static class TableCopy
{
    /// <summary>Copies <paramref name="tables"/> into <paramref name="design"/>'s name space, offset on the canvas.</summary>
    public static IReadOnlyList<Table> Copy(Design design, IReadOnlyList<Table> tables, double offset = 40)
    {
        var tableIds = tables.ToDictionary(t => t.Id, _ => ObjectId.New("tbl"));
        var columnIds = tables.SelectMany(t => t.Columns).ToDictionary(c => c.Id, _ => ObjectId.New("col"));
        string Col(string id) => columnIds.GetValueOrDefault(id, id);
        var taken = design.Tables.Select(t => t.QualifiedName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var copies = new List<Table>(tables.Count);
        foreach (var t in tables)
        {
            var name = FreeName(t, taken);
            taken.Add(t.Schema is null ? name : t.Schema + "." + name);
            copies.Add(t with
            {
                Id = tableIds[t.Id],
                Name = name,
                Columns = t.Columns.Select(c => c with { Id = Col(c.Id) }).ToValueList(),
                PrimaryKey = t.PrimaryKey is { } pk ? pk with { Id = ObjectId.New("pk"), Name = null, ColumnIds = pk.ColumnIds.Select(Col).ToValueList() } : null,
                Uniques = t.Uniques.Select(u => u with { Id = ObjectId.New("uq"), Name = null, ColumnIds = u.ColumnIds.Select(Col).ToValueList() }).ToValueList(),
                Checks = t.Checks.Select(c => c with { Id = ObjectId.New("ck"), Name = null }).ToValueList(),
                Indexes = t.Indexes.Select(i => i with
                {
                    Id = ObjectId.New("ix"),
                    Name = null,
                    Parts = i.Parts.Select(p => p.ColumnId is { } id ? p with { ColumnId = Col(id) } : p).ToValueList(),
                    IncludeColumnIds = i.IncludeColumnIds.Select(Col).ToValueList(),
                }).ToValueList(),
                ForeignKeys = t.ForeignKeys.Where(f => tableIds.ContainsKey(f.TargetTableId) || design.FindTable(f.TargetTableId) is not null).Select(f => f with
                {
                    Id = ObjectId.New("fk"),
                    Name = null,
                    ColumnIds = f.ColumnIds.Select(Col).ToValueList(),
                    TargetTableId = tableIds.GetValueOrDefault(f.TargetTableId, f.TargetTableId),
                    TargetColumnIds = tableIds.ContainsKey(f.TargetTableId) ? f.TargetColumnIds.Select(Col).ToValueList() : f.TargetColumnIds,
                }).ToValueList(),
                Features = t.Features.UpdatedAtColumnId is { } u ? new TableFeatures { UpdatedAtColumnId = Col(u) } : t.Features,
                FunctionalDependencies = [],
                Position = t.Position is { } pos ? pos with { X = pos.X + offset, Y = pos.Y + offset } : null,
            });
        }
        return copies;
    }

    private static string FreeName(Table t, HashSet<string> taken)
    {
        for (var i = 1; ; i++)
        {
            var name = i == 1 ? t.Name + "_copy" : t.Name + "_copy" + i;
            if (!taken.Contains(t.Schema is null ? name : t.Schema + "." + name)) return name;
        }
    }
}

using DesignStudio.Core.Analysis.NormalForms.Tables;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.NormalForms.Decompositions;

/// <summary>Turns a <see cref="Decomposition"/> of a model table into a <see cref="DecompositionPlan"/>.</summary>
public static class DecompositionPlanner
{
    /// <summary>Plans the new tables for <paramref name="decomposition"/> of <paramref name="table"/>.</summary>
    /// <param name="table">The original table.</param>
    /// <param name="relation">The table's relation (as used to compute the decomposition).</param>
    /// <param name="decomposition">A decomposition of that relation.</param>
    public static DecompositionPlan Plan(Table table, TableRelation relation, Decomposition decomposition)
    {
        var closure = new ClosureCalculator(relation.Relation);
        var all = relation.Relation.AllAttributes;
        var parts = decomposition.Parts;
        var names = new List<string>();
        var mainAssigned = false;
        foreach (var p in parts)
        {
            string name;
            if (!mainAssigned && all.IsSubsetOf(closure.Closure(p.Key)))
            {
                name = table.Name;
                mainAssigned = true;
            }
            else name = table.Name + "_" + string.Join("_", p.Key.Members().Select(i => table.Columns[i].Name));
            var unique = name;
            for (var k = 2; names.Contains(unique, StringComparer.OrdinalIgnoreCase); k++) unique = name + "_" + k;
            names.Add(unique);
        }

        var tableIds = names.Select(n => ObjectId.Derive("tbl", $"{table.Id}/decomposed/{n}")).ToList();
        var maps = new List<Dictionary<string, string>>();
        var tables = new List<Table>();
        for (var i = 0; i < parts.Count; i++)
        {
            var map = new Dictionary<string, string>();
            var columns = new List<Column>();
            foreach (var a in parts[i].Attributes.Members())
            {
                var c = table.Columns[a];
                var id = ObjectId.Derive("col", $"{tableIds[i]}/{c.Id}");
                map[c.Id] = id;
                var inKey = parts[i].Key.Contains(a);
                columns.Add(c with { Id = id, Nullable = c.Nullable && !inKey, Identity = IdentityKind.None });
            }
            maps.Add(map);
            tables.Add(new Table
            {
                Id = tableIds[i],
                Name = names[i],
                Schema = table.Schema,
                Columns = columns.ToValueList(),
                PrimaryKey = new PrimaryKey
                {
                    Id = ObjectId.Derive("pk", tableIds[i]),
                    ColumnIds = parts[i].Key.Members().Select(a => map[table.Columns[a].Id]).ToValueList(),
                },
            });
        }

        // P references Q when Q's key lies inside P (one direction only for 1:1 pairs).
        var edges = new List<(int From, int To)>();
        for (var p = 0; p < parts.Count; p++)
        {
            for (var q = 0; q < parts.Count; q++)
            {
                if (p == q || parts[q].Key.IsEmpty || !parts[q].Key.IsSubsetOf(parts[p].Attributes) || edges.Contains((q, p))) continue;
                edges.Add((p, q));
                var keyColumns = parts[q].Key.Members().Select(a => table.Columns[a].Id).ToList();
                tables[p] = tables[p] with
                {
                    ForeignKeys = tables[p].ForeignKeys.Add(new ForeignKey
                    {
                        Id = ObjectId.Derive("fk", $"{tableIds[p]}->{tableIds[q]}"),
                        ColumnIds = keyColumns.Select(id => maps[p][id]).ToValueList(),
                        TargetTableId = tableIds[q],
                        TargetColumnIds = keyColumns.Select(id => maps[q][id]).ToValueList(),
                    }),
                };
            }
        }

        var planned = new List<PlannedTable>();
        foreach (var i in InsertOrder(parts.Count, edges))
            planned.Add(new PlannedTable(tables[i], maps[i], InsertSql(table, tables[i], parts[i])));
        var notes = new List<string>
        {
            "Each INSERT ... SELECT DISTINCT relies on the dependencies behind the decomposition: if the data breaks one, "
                + "the primary key of a new table rejects the duplicate and the script stops there.",
        };
        if (!decomposition.Lossless) notes.Add("This decomposition is not lossless: joining the new tables gives rows the original did not have.");
        return new DecompositionPlan(table.Id, planned, notes);
    }

    private static IEnumerable<int> InsertOrder(int count, List<(int From, int To)> edges)
    {
        var done = new bool[count];
        var order = new List<int>();
        void Visit(int i, int depth)
        {
            if (done[i] || depth > count) return;
            foreach (var (from, to) in edges)
            {
                if (from == i) Visit(to, depth + 1);
            }
            if (!done[i])
            {
                done[i] = true;
                order.Add(i);
            }
        }
        for (var i = 0; i < count; i++) Visit(i, 0);
        return order;
    }

    private static string InsertSql(Table source, Table target, DecomposedRelation part)
    {
        var sourceColumns = part.Attributes.Members().Select(a => Quote(source.Columns[a].Name)).ToList();
        var targetColumns = target.Columns.Select(c => Quote(c.Name));
        var keyFilter = part.Key.Members().Where(a => source.Columns[a].Nullable)
            .Select(a => Quote(source.Columns[a].Name) + " IS NOT NULL").ToList();
        return $"INSERT INTO {QualifiedName(target)} ({string.Join(", ", targetColumns)}) "
            + $"SELECT DISTINCT {string.Join(", ", sourceColumns)} FROM {QualifiedName(source)}"
            + (keyFilter.Count > 0 ? " WHERE " + string.Join(" AND ", keyFilter) : "") + ";";
    }

    private static string QualifiedName(Table t) => t.Schema is null ? Quote(t.Name) : Quote(t.Schema) + "." + Quote(t.Name);

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}

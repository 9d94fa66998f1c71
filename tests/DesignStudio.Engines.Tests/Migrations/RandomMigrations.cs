using CsCheck;
using DesignStudio.Core.Model;
using Index = DesignStudio.Core.Model.Index;

namespace DesignStudio.Engines.Tests.Migrations;

/// <summary>Random small designs and random mutations of them (ids stay stable, so the differ sees renames).</summary>
public static class RandomMigrations
{
    private static readonly LogicalType[] Types =
        [LogicalType.Int32, LogicalType.Int64, LogicalType.Text, LogicalType.Boolean, LogicalType.Varchar(20), LogicalType.Varchar(50), LogicalType.Decimal(10, 2)];

    /// <summary>A design and a mutated version of it.</summary>
    public static Gen<(Design V1, Design V2)> Pairs { get; } =
        Gen.Select(Gen.Int[1, 4], Gen.Int[0, int.MaxValue], Gen.Int[1, 6]).Select(x =>
        {
            var random = new Random(x.Item2);
            var v1 = Create(x.Item1, random);
            var v2 = v1;
            for (var i = 0; i < x.Item3; i++) v2 = Clean(Mutate(v2, random));
            // The same holds for the down script re-adding columns the up script dropped.
            return (Fillable(v2, v1), Fillable(v1, v2));
        });

    /// <summary>
    /// Columns added to tables that already have rows are nullable: a NOT NULL column without default cannot be
    /// added to a filled table on any engine (MG002 warns about exactly that).
    /// </summary>
    private static Design Fillable(Design v1, Design v2) => v2 with
    {
        Tables = v2.Tables.Select(t => v1.FindTable(t.Id) is not { } old ? t : t with
        {
            Columns = t.Columns.Select(c => old.FindColumn(c.Id) is null ? c with { Nullable = true } : c).ToValueList(),
        }).ToValueList(),
    };

    /// <summary>A type the sample value of <paramref name="type"/> converts to on every engine.</summary>
    private static LogicalType Convertible(LogicalType type, Random random)
    {
        LogicalType[] family = type.Kind switch
        {
            TypeKind.Int32 or TypeKind.Int64 or TypeKind.Decimal => [LogicalType.Int32, LogicalType.Int64, LogicalType.Decimal(12, 2)],
            TypeKind.Text or TypeKind.Varchar => [LogicalType.Text, LogicalType.Varchar(20), LogicalType.Varchar(80)],
            _ => [type],
        };
        return family[random.Next(family.Length)];
    }

    private static Design Create(int count, Random random)
    {
        var tables = new List<Table>();
        for (var i = 0; i < count; i++) tables.Add(NewTable($"t{i}", random, tables));
        return new Design { Name = "random", Tables = tables.ToValueList() };
    }

    private static Table NewTable(string name, Random random, IReadOnlyList<Table> earlier)
    {
        var id = "tbl_" + name + "_" + random.Next(1_000_000);
        var columns = new List<Column> { new() { Id = id + "_id", Name = "id", Type = LogicalType.Int64, Nullable = false } };
        for (var i = random.Next(1, 5); i > 0; i--) columns.Add(NewColumn(id, random));
        var table = new Table { Id = id, Name = name, Columns = columns.ToValueList(), PrimaryKey = new PrimaryKey { Id = id + "_pk", ColumnIds = [id + "_id"] } };
        if (earlier.Count > 0 && random.Next(2) == 0) table = AddForeignKey(table, earlier[random.Next(earlier.Count)], random);
        return table;
    }

    private static Column NewColumn(string tableId, Random random)
    {
        var n = random.Next(1_000_000);
        return new Column { Id = $"{tableId}_c{n}", Name = $"c{n}", Type = Types[random.Next(Types.Length)], Nullable = random.Next(3) > 0 };
    }

    private static Table AddForeignKey(Table table, Table target, Random random)
    {
        var col = new Column { Id = table.Id + "_ref" + random.Next(1_000_000), Name = "ref_" + target.Name + "_" + random.Next(1000), Type = LogicalType.Int64 };
        var fk = new ForeignKey { Id = "fk_" + col.Id, ColumnIds = [col.Id], TargetTableId = target.Id, TargetColumnIds = [target.PrimaryKey!.ColumnIds[0]] };
        return table with { Columns = table.Columns.Add(col), ForeignKeys = table.ForeignKeys.Add(fk) };
    }

    private static Design Mutate(Design d, Random random)
    {
        if (d.Tables.Count == 0) return d with { Tables = [NewTable("t_new" + random.Next(1000), random, [])] };
        var i = random.Next(d.Tables.Count);
        var t = d.Tables[i];
        var others = t.Columns.Where(c => c.Name != "id").ToList();
        var c = others.Count > 0 ? others[random.Next(others.Count)] : null;
        Table? changed = random.Next(11) switch
        {
            0 => t with { Name = t.Name + "r" },
            1 when c is not null => t with { Columns = t.Columns.Replace(x => x.Id == c.Id, x => x with { Name = x.Name + "r" }) },
            2 => t with { Columns = t.Columns.Add(NewColumn(t.Id, random)) },
            3 when c is { Nullable: true } => t with { Columns = t.Columns.RemoveAll(x => x.Id == c.Id) },
            4 when c is not null => t with { Columns = t.Columns.Replace(x => x.Id == c.Id, x => x with { Type = Convertible(x.Type, random) }) },
            5 when c is not null => t with { Columns = t.Columns.Replace(x => x.Id == c.Id, x => x with { Nullable = !x.Nullable }) },
            6 when c is not null => t with { Indexes = t.Indexes.Add(new Index { Id = "ix_" + random.Next(1_000_000), Parts = [IndexPart.OfColumn(c.Id)] }) },
            7 => t with { Indexes = [], Uniques = [] },
            8 when c is not null => t with { Uniques = t.Uniques.Add(new UniqueConstraint { Id = "uq_" + random.Next(1_000_000), ColumnIds = [c.Id] }) },
            // Only to earlier tables: no cycles, so one sample row per table can be inserted in order.
            9 when i > 0 => AddForeignKey(t, d.Tables[random.Next(i)], random),
            _ => null,
        };
        if (changed is not null) return d with { Tables = d.Tables.SetItem(i, changed) };
        return random.Next(2) == 0 && d.Tables.Count > 1
            ? d with { Tables = d.Tables.RemoveAt(i) }
            : d with { Tables = d.Tables.Add(NewTable("t_new" + random.Next(1000), random, d.Tables)) };
    }

    /// <summary>Removes keys and indexes left dangling by a mutation, and duplicate names.</summary>
    private static Design Clean(Design d)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tables = new List<Table>();
        foreach (var t in d.Tables)
        {
            if (!names.Add(t.Name)) continue;
            tables.Add(t);
        }
        bool Has(Table t, string id) => t.FindColumn(id) is not null;
        var result = tables.Select(t =>
        {
            var columnNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var cols = t.Columns.Where(c => columnNames.Add(c.Name)).ToValueList();
            t = t with { Columns = cols };
            t = t with
            {
                Indexes = t.Indexes.Where(x => x.Parts.All(p => p.ColumnId is { } id && Has(t, id))).ToValueList(),
                Uniques = t.Uniques.Where(x => x.ColumnIds.All(id => Has(t, id))).ToValueList(),
            };
            // Two indexes (or uniques) on the same columns would get the same derived name: keep the first.
            var derived = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            t = t with
            {
                Indexes = t.Indexes.Where(x => derived.Add(Core.Diff.EffectiveNames.Of(null, t, x))).ToValueList(),
                Uniques = t.Uniques.Where(x => derived.Add(Core.Diff.EffectiveNames.Of(null, t, x))).ToValueList(),
            };
            return t with
            {
                Indexes = t.Indexes.Where(x => x.Parts.All(p => p.ColumnId is { } id && Has(t, id))).ToValueList(),
                Uniques = t.Uniques.Where(x => x.ColumnIds.All(id => Has(t, id))).ToValueList(),
                ForeignKeys = t.ForeignKeys.Where(f => f.ColumnIds.All(id => Has(t, id) && t.GetColumn(id).Type == LogicalType.Int64)
                    && tables.Any(x => x.Id == f.TargetTableId)).ToValueList(),
            };
        }).ToValueList();
        return d with { Tables = result };
    }
}

using BenchmarkDotNet.Attributes;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Model;
using DesignStudio.Core.Samples;

namespace DesignStudio.Benchmarks;

/// <summary>
/// Diff and migration script generation (up and down) between two versions of a synthetic 1,000-table design,
/// the second with about 5% of its tables changed (renamed tables and columns, added and widened columns, dropped
/// indexes, relaxed nullability). Target: under 200 ms per dialect.
/// </summary>
[MemoryDiagnoser]
public class MigrationBenchmarks
{
    private Design from = null!;
    private Design to = null!;
    private MigrationOptions options = null!;

    /// <summary>The dialect under test.</summary>
    [ParamsSource(nameof(Dialects))]
    public string Dialect { get; set; } = DialectNames.PostgreSql;

    /// <summary>Every dialect name.</summary>
    public static IEnumerable<string> Dialects => DialectNames.All;

    /// <summary>Builds both versions once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        from = SyntheticDesign.Create(1000, seed: 42);
        to = Mutate(from);
        options = new MigrationOptions { AllowDataLoss = true };
    }

    /// <summary>Every 20th table changes in one of five ways.</summary>
    private static Design Mutate(Design design)
    {
        var tables = design.Tables.ToList();
        for (var i = 0; i < tables.Count; i += 20)
        {
            var t = tables[i];
            var last = t.Columns.Count - 1;
            tables[i] = (i / 20 % 5) switch
            {
                0 => t with { Name = t.Name + "_v2" },
                1 => t with { Columns = t.Columns.SetItem(last, t.Columns[last] with { Name = t.Columns[last].Name + "_renamed" }) },
                2 => t with { Columns = t.Columns.Add(new Column { Id = t.Id + "_added", Name = "added_note", Type = LogicalType.Varchar(200) }) },
                3 => t with { Indexes = [], Columns = t.Columns.Select(c => c.Type.Kind == TypeKind.Varchar ? c with { Type = LogicalType.Varchar(1000) } : c).ToValueList() },
                _ => t with { Columns = t.Columns.Select(c => c.Nullable || t.PrimaryKey?.ColumnIds.Contains(c.Id) == true ? c : c with { Nullable = true }).ToValueList() },
            };
        }
        return design with { Tables = tables.ToValueList() };
    }

    /// <summary>Diffs, plans and renders the up and down scripts.</summary>
    [Benchmark]
    public int DiffAndGenerateMigrationFor1000Tables()
    {
        var plan = MigrationPlanner.Plan(from, to, Dialect, options);
        return plan.UpText().Length + plan.DownText().Length + plan.Steps.Count;
    }
}

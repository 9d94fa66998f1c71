using BenchmarkDotNet.Attributes;
using DesignStudio.Core.Model;
using DesignStudio.Web.Canvas.Layout;

namespace DesignStudio.Benchmarks;

/// <summary>
/// Auto-layout of synthetic designs (each table has an id, six columns and up to two foreign keys to earlier tables):
/// the target is 300 tables well under a second.
/// </summary>
[MemoryDiagnoser]
public class AutoLayoutBenchmarks
{
    private Design design = new();

    /// <summary>Number of tables.</summary>
    [Params(300, 1000)]
    public int Tables { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var tables = new List<Table>(Tables);
        for (var i = 0; i < Tables; i++)
        {
            var refs = i == 0 ? [] : Enumerable.Range(0, random.Next(0, 3)).Select(_ => random.Next(0, i)).Distinct().ToArray();
            var id = new Column { Id = $"c{i}", Name = "id", Type = LogicalType.Int64, Nullable = false };
            var columns = new List<Column> { id };
            for (var c = 0; c < 6; c++) columns.Add(new Column { Id = $"c{i}_{c}", Name = $"col{c}", Type = LogicalType.Text });
            columns.AddRange(refs.Select(r => new Column { Id = $"c{i}_r{r}", Name = $"t{r}_id", Type = LogicalType.Int64 }));
            tables.Add(new Table
            {
                Id = $"t{i}",
                Name = $"t{i}",
                Columns = columns.ToValueList(),
                PrimaryKey = new PrimaryKey { Id = $"pk{i}", ColumnIds = [id.Id] },
                ForeignKeys = refs.Select(r => new ForeignKey { Id = $"fk{i}_{r}", ColumnIds = [$"c{i}_r{r}"], TargetTableId = $"t{r}", TargetColumnIds = [$"c{r}"] }).ToValueList(),
            });
        }
        design = new Design { Tables = tables.ToValueList() };
    }

    /// <summary>Layers, barycenter sweeps and coordinates for the whole design.</summary>
    [Benchmark]
    public int Arrange() => LayeredLayout.Arrange(design).Count;
}

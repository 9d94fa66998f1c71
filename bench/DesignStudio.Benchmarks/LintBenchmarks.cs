using BenchmarkDotNet.Attributes;
using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Benchmarks;

/// <summary>
/// Issue 6 speed target: lint of a 1,000-table design under 200 ms. The design is generated here (about 10 columns,
/// 2 foreign keys and 2 indexes per table) because no shared synthetic-design generator exists on main yet.
/// </summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private Design design = new();
    private readonly LintRunner runner = new();

    /// <summary>Number of tables.</summary>
    [Params(1000)]
    public int Tables { get; set; }

    /// <summary>
    /// Builds the design once and runs every variant a few times, so that under a short job (one operation per
    /// iteration) the first benchmark measures tiered-up code rather than the JIT's first tier.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        design = Generate(Tables);
        for (var i = 0; i < 5; i++)
        {
            LintPortable();
            LintPostgreSql();
            LintMySql();
        }
        Thread.Sleep(500); // let background tier-1 compilation finish
    }

    /// <summary>All portable rules.</summary>
    [Benchmark(Baseline = true)]
    public int LintPortable() => runner.Run(design).Findings.Count;

    /// <summary>All rules including the PostgreSQL-specific ones.</summary>
    [Benchmark]
    public int LintPostgreSql() => runner.Run(design, new LintOptions { Dialect = DialectNames.PostgreSql }).Findings.Count;

    /// <summary>All rules including the MySQL-specific ones.</summary>
    [Benchmark]
    public int LintMySql() => runner.Run(design, new LintOptions { Dialect = DialectNames.MySql }).Findings.Count;

    /// <summary>
    /// A design of <paramref name="count"/> tables with about 10 columns, 2 foreign keys to earlier tables and 2
    /// indexes each; some tables carry typical findings (no ON DELETE, timestamp without zone, unindexed FK, float money).
    /// </summary>
    internal static Design Generate(int count)
    {
        var tables = new List<Table>(count);
        for (var i = 0; i < count; i++)
        {
            var name = $"entity_{i:D4}s";
            var tid = ObjectId.Derive("tbl", name);
            string Col(string c) => ObjectId.Derive("col", name + "." + c);
            var columns = new ValueList<Column>([
                new Column { Id = Col("id"), Name = "id", Type = LogicalType.Int64, Nullable = false, Identity = IdentityKind.Always },
                new Column { Id = Col("name"), Name = "name", Type = LogicalType.Varchar(200), Nullable = false },
                new Column { Id = Col("status"), Name = "status", Type = LogicalType.Varchar(20), Nullable = false },
                new Column { Id = Col("amount"), Name = "amount", Type = i % 10 == 0 ? LogicalType.Of(TypeKind.Float64) : LogicalType.Decimal(12, 2) },
                new Column { Id = Col("notes"), Name = "notes", Type = LogicalType.Text },
                new Column { Id = Col("is_active"), Name = "is_active", Type = LogicalType.Boolean, Nullable = false },
                new Column { Id = Col("created_at"), Name = "created_at", Type = LogicalType.TimestampTz, Nullable = false },
                new Column { Id = Col("updated_at"), Name = "updated_at", Type = i % 7 == 0 ? LogicalType.Of(TypeKind.Timestamp) : LogicalType.TimestampTz },
                new Column { Id = Col("parent_a_id"), Name = "parent_a_id", Type = LogicalType.Int64 },
                new Column { Id = Col("parent_b_id"), Name = "parent_b_id", Type = LogicalType.Int64 },
            ]);
            var fks = new List<ForeignKey>();
            foreach (var (column, offset) in new[] { ("parent_a_id", 1), ("parent_b_id", 2) })
            {
                if (i < offset) continue;
                var target = $"entity_{i - offset:D4}s";
                fks.Add(new ForeignKey
                {
                    Id = ObjectId.Derive("fk", name + "." + column), Name = $"fk_{name}_{column}", ColumnIds = [Col(column)],
                    TargetTableId = ObjectId.Derive("tbl", target), TargetColumnIds = [ObjectId.Derive("col", target + ".id")],
                    OnDelete = i % 5 == 0 ? null : ReferentialAction.Cascade,
                });
            }
            var indexes = new ValueList<Core.Model.Index>([
                new Core.Model.Index { Id = ObjectId.Derive("idx", name + ".a"), Name = $"ix_{name}_parent_a_id", Parts = [IndexPart.OfColumn(Col("parent_a_id"))] },
                new Core.Model.Index
                {
                    Id = ObjectId.Derive("idx", name + ".s"), Name = $"ix_{name}_status_created_at",
                    Parts = [IndexPart.OfColumn(Col("status")), IndexPart.OfColumn(Col("created_at"), descending: true)],
                },
            ]);
            tables.Add(new Table
            {
                Id = tid, Name = name, Columns = columns, PrimaryKey = new PrimaryKey { Id = ObjectId.Derive("pk", name), Name = $"pk_{name}", ColumnIds = [Col("id")] },
                ForeignKeys = fks.ToValueList(), Indexes = indexes,
            });
        }
        return new Design { Name = $"synthetic-{count}", Tables = tables.ToValueList() };
    }
}

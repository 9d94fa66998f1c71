using CsCheck;
using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Analysis.Lint;

/// <summary>Lint must cope with any design a file can hold, including dangling references and odd names.</summary>
public class LintRobustnessTests
{
    private static readonly string[] TableNames = ["users", "Order", "post_tags", "user", "order", "data", "people", "Category", "audit_log", "_", "x1"];

    private static readonly string[] ColumnNames =
        ["id", "user_id", "password", "price", "commentable_type", "commentable_id", "value", "key", "name", "createdAt", "slug", "entity_id", "", "__"];

    private static readonly LogicalType[] Types =
    [
        LogicalType.Int64, LogicalType.Int32, LogicalType.Text, LogicalType.Varchar(20), LogicalType.Of(TypeKind.Varchar), LogicalType.Uuid,
        LogicalType.Of(TypeKind.Float64), LogicalType.Of(TypeKind.Timestamp), LogicalType.Of(TypeKind.Json), LogicalType.Of(TypeKind.Binary),
        LogicalType.Int64.AsArray(),
    ];

    [Fact]
    public void Random_designs_lint_without_exceptions_and_findings_name_existing_objects()
    {
        Gen.Int.Sample(seed =>
        {
            var design = RandomDesign(new Random(seed));
            var ids = AllIds(design);
            foreach (var dialect in DialectNames.All.Append(null))
            {
                var report = new LintRunner().Run(design, new LintOptions { Dialect = dialect });
                foreach (var f in report.Findings)
                {
                    Assert.Contains(f.ObjectId, ids);
                    Assert.False(string.IsNullOrWhiteSpace(f.Message));
                    f.QuickFix?.Apply(design);
                }
            }
        }, iter: 300);
    }

    private static HashSet<string> AllIds(Design d)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in d.Tables)
        {
            ids.Add(t.Id);
            foreach (var c in t.Columns) ids.Add(c.Id);
            if (t.PrimaryKey is { } pk) ids.Add(pk.Id);
            foreach (var u in t.Uniques) ids.Add(u.Id);
            foreach (var fk in t.ForeignKeys) ids.Add(fk.Id);
            foreach (var ix in t.Indexes) ids.Add(ix.Id);
        }
        foreach (var e in d.Enums) ids.Add(e.Id);
        return ids;
    }

    private static Design RandomDesign(Random r)
    {
        var tableCount = r.Next(1, 6);
        var tables = new List<Table>();
        for (var i = 0; i < tableCount; i++)
        {
            var columns = Enumerable.Range(0, r.Next(0, 7)).Select(j => new Column
            {
                Id = $"t{i}c{j}", Name = Pick(r, ColumnNames), Type = Pick(r, Types), Nullable = r.Next(2) == 0,
                Default = r.Next(4) == 0 ? ColumnDefault.RandomUuid : null,
            }).ToList();
            string ColumnRef() => columns.Count == 0 || r.Next(8) == 0 ? "dangling" : columns[r.Next(columns.Count)].Id;
            ValueList<string> Refs(int min) => Enumerable.Range(0, r.Next(min, 4)).Select(_ => ColumnRef()).ToValueList();
            tables.Add(new Table
            {
                Id = $"t{i}", Name = Pick(r, TableNames), Columns = columns.ToValueList(),
                PrimaryKey = r.Next(3) == 0 ? null : new PrimaryKey { Id = $"t{i}pk", Name = r.Next(2) == 0 ? null : "pkey", ColumnIds = Refs(0) },
                Uniques = Enumerable.Range(0, r.Next(0, 2)).Select(k => new UniqueConstraint { Id = $"t{i}u{k}", Name = "key", ColumnIds = Refs(1) }).ToValueList(),
                ForeignKeys = Enumerable.Range(0, r.Next(0, 4)).Select(k => new ForeignKey
                {
                    Id = $"t{i}f{k}", Name = r.Next(2) == 0 ? null : "fkey", ColumnIds = Refs(0),
                    TargetTableId = $"t{r.Next(0, tableCount + 1)}", TargetColumnIds = ["dangling"],
                    OnDelete = r.Next(6) switch { 0 => null, var n => (ReferentialAction)(n - 1) },
                }).ToValueList(),
                Indexes = Enumerable.Range(0, r.Next(0, 4)).Select(k => new Core.Model.Index
                {
                    Id = $"t{i}x{k}", Name = r.Next(2) == 0 ? null : "idx", Unique = r.Next(3) == 0,
                    Method = (IndexMethod)r.Next(0, 7), Where = r.Next(4) == 0 ? "a > 0" : null,
                    Parts = Enumerable.Range(0, r.Next(0, 8)).Select(_ => r.Next(6) == 0
                        ? new IndexPart { Expression = "lower(x)" }
                        : new IndexPart { ColumnId = ColumnRef(), Descending = r.Next(2) == 0, PrefixLength = r.Next(5) == 0 ? 10 : null }).ToValueList(),
                    IncludeColumnIds = r.Next(3) == 0 ? [ColumnRef()] : [],
                }).ToValueList(),
            });
        }
        return new Design { Tables = tables.ToValueList() };
    }

    private static T Pick<T>(Random r, T[] items) => items[r.Next(items.Length)];
}

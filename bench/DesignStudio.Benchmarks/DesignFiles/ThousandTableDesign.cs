using DesignStudio.Core.Model;

namespace DesignStudio.Benchmarks.DesignFiles;

/// <summary>
/// A synthetic design of 1,000 tables, each with an id key, about 10 columns, 2 foreign keys to earlier tables and
/// 2 indexes: the size the speed targets talk about.
/// </summary>
public static class ThousandTableDesign
{
    public static Design Create(int tableCount = 1000)
    {
        var tables = new List<Table>(tableCount);
        for (var i = 0; i < tableCount; i++)
        {
            var name = $"table_{i:D4}";
            Column Col(string column, LogicalType type, bool nullable = true) =>
                new() { Id = $"c_{i}_{column}", Name = column, Type = type, Nullable = nullable };
            var columns = new List<Column>
            {
                Col("id", LogicalType.Int64, nullable: false) with { Identity = IdentityKind.ByDefault },
                Col("parent_a_id", LogicalType.Int64),
                Col("parent_b_id", LogicalType.Int64),
                Col("code", LogicalType.Varchar(40), nullable: false),
                Col("title", LogicalType.Varchar(200)),
                Col("body", LogicalType.Text),
                Col("amount", LogicalType.Decimal(12, 2)),
                Col("is_active", LogicalType.Boolean, nullable: false) with { Default = ColumnDefault.Literal("true") },
                Col("created_at", LogicalType.TimestampTz, nullable: false) with { Default = ColumnDefault.CurrentTimestamp },
                Col("external_id", LogicalType.Uuid),
            };
            var foreignKeys = i == 0 ? new List<ForeignKey>() :
            [
                new ForeignKey { Id = $"fk_{i}_a", Name = $"fk_{name}_a", ColumnIds = [$"c_{i}_parent_a_id"], TargetTableId = $"t_{i - 1}", TargetColumnIds = [$"c_{i - 1}_id"] },
                new ForeignKey { Id = $"fk_{i}_b", Name = $"fk_{name}_b", ColumnIds = [$"c_{i}_parent_b_id"], TargetTableId = $"t_{i / 2}", TargetColumnIds = [$"c_{i / 2}_id"], OnDelete = ReferentialAction.Cascade },
            ];
            tables.Add(new Table
            {
                Id = $"t_{i}", Name = name, Comment = "Synthetic table " + i, Position = new CanvasPosition(i % 40 * 300, i / 40 * 250),
                Columns = columns.ToValueList(),
                PrimaryKey = new PrimaryKey { Id = $"pk_{i}", Name = $"pk_{name}", ColumnIds = [$"c_{i}_id"] },
                Uniques = [new UniqueConstraint { Id = $"uq_{i}", Name = $"uq_{name}_code", ColumnIds = [$"c_{i}_code"] }],
                ForeignKeys = foreignKeys.ToValueList(),
                Indexes =
                [
                    new Core.Model.Index { Id = $"ix_{i}_a", Name = $"ix_{name}_a", Parts = [IndexPart.OfColumn($"c_{i}_parent_a_id")] },
                    new Core.Model.Index { Id = $"ix_{i}_c", Name = $"ix_{name}_created", Parts = [IndexPart.OfColumn($"c_{i}_created_at", descending: true)], IncludeColumnIds = [$"c_{i}_title"] },
                ],
            });
        }
        return new Design { Name = "Thousand tables", Tables = tables.ToValueList() };
    }
}

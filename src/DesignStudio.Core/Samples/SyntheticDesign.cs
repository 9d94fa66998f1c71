using System.Globalization;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Samples;

/// <summary>
/// Reproducible synthetic designs for benchmarks and large-scale tests: each table has about ten columns, two foreign
/// keys (to earlier tables, with one in twenty pointing forward so cycles occur) and two indexes.
/// </summary>
public static class SyntheticDesign
{
    private static readonly LogicalType[] PayloadTypes =
    [
        LogicalType.Varchar(200), LogicalType.Text, LogicalType.Int32, LogicalType.Decimal(12, 2), LogicalType.Boolean,
        LogicalType.Of(TypeKind.Date), LogicalType.TimestampTz, LogicalType.Uuid, LogicalType.Of(TypeKind.Json),
    ];

    /// <summary>Creates a design of <paramref name="tables"/> tables; the same arguments always give the same design.</summary>
    public static Design Create(int tables, int seed)
    {
        var random = new Random(seed);
        var result = new Table[tables];
        for (var i = 0; i < tables; i++)
        {
            var name = "t" + i.ToString("D4", CultureInfo.InvariantCulture);
            var id = Column(name, "id", LogicalType.Int64, nullable: false) with { Identity = IdentityKind.ByDefault };
            var columns = new List<Column> { id };
            var foreignKeys = new List<ForeignKey>();
            for (var f = 0; f < 2 && tables > 1; f++)
            {
                var target = i > 0 && random.Next(20) != 0 ? random.Next(i) : random.Next(tables);
                if (target == i) target = (i + 1) % tables;
                var fkColumn = Column(name, $"ref{f}_t{target}_id", LogicalType.Int64, nullable: true);
                columns.Add(fkColumn);
                foreignKeys.Add(new ForeignKey
                {
                    Id = ObjectId.Derive("fk", $"{name}.{fkColumn.Name}"),
                    ColumnIds = [fkColumn.Id],
                    TargetTableId = ObjectId.Derive("tbl", "t" + target.ToString("D4", CultureInfo.InvariantCulture)),
                    TargetColumnIds = [ObjectId.Derive("col", $"t{target.ToString("D4", CultureInfo.InvariantCulture)}.id")],
                    OnDelete = f == 0 ? ReferentialAction.Cascade : null,
                });
            }
            columns.Add(Column(name, "name", LogicalType.Varchar(100), nullable: false));
            while (columns.Count < 9)
            {
                var type = PayloadTypes[random.Next(PayloadTypes.Length)];
                columns.Add(Column(name, $"c{columns.Count}", type, nullable: random.Next(3) != 0));
            }
            columns.Add(Column(name, "created_at", LogicalType.TimestampTz, nullable: false) with { Default = ColumnDefault.CurrentTimestamp });
            result[i] = new Table
            {
                Id = ObjectId.Derive("tbl", name),
                Name = name,
                Comment = $"Synthetic table {i}.",
                Columns = columns.ToValueList(),
                PrimaryKey = new PrimaryKey { Id = ObjectId.Derive("pk", name), ColumnIds = [id.Id] },
                ForeignKeys = foreignKeys.ToValueList(),
                Indexes =
                [
                    new Model.Index { Id = ObjectId.Derive("ix", name + ".name"), Unique = true, Parts = [IndexPart.OfColumn(columns.Single(c => c.Name == "name").Id)] },
                    new Model.Index
                    {
                        Id = ObjectId.Derive("ix", name + ".created"),
                        Parts = [IndexPart.OfColumn(columns[1].Id), IndexPart.OfColumn(columns[^1].Id, descending: true)],
                    },
                ],
            };
        }
        return new Design { Name = $"Synthetic {tables} tables (seed {seed})", Tables = result.ToValueList() };
    }

    private static Column Column(string table, string name, LogicalType type, bool nullable) =>
        new() { Id = ObjectId.Derive("col", $"{table}.{name}"), Name = name, Type = type, Nullable = nullable };
}

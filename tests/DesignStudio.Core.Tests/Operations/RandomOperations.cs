using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Tests.Operations;

/// <summary>
/// Turns generated integers into an operation that fits (or deliberately does not fit) the current design, so a
/// property test can explore long edit sequences including refused ones (name clashes, missing objects).
/// </summary>
internal static class RandomOperations
{
    public const int Kinds = 22;
    private static readonly string[] Names = ["a", "b", "users", "posts", "id", "email", ""];

    public static DesignOperation Make(Design design, int kind, int a, int b, int serial)
    {
        var table = design.Tables.Count == 0 ? new Table { Id = "tbl_missing", Name = "missing" } : design.Tables[a % design.Tables.Count];
        var other = design.Tables.Count == 0 ? table : design.Tables[b % design.Tables.Count];
        var column = table.Columns.Count == 0 ? SampleDesigns.TextColumn("col_missing", "missing") : table.Columns[b % table.Columns.Count];
        var name = Names[(a + b) % Names.Length] + (b % 3 == 0 ? "" : serial.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var id = "x" + serial;
        ValueList<string> SomeColumns(Table t) => t.Columns.Where((_, i) => (a >> i & 1) == 1 || i == b % Math.Max(1, t.Columns.Count)).Select(c => c.Id).ToValueList();
        return kind switch
        {
            0 => new AddTable(new Table { Id = id, Name = name, Columns = [SampleDesigns.TextColumn(id + "c", "id")] }, b % (design.Tables.Count + 2)),
            1 => new RemoveTable(table.Id),
            2 => new RenameTable(table.Id, name),
            3 => new SetTableComment(table.Id, b % 2 == 0 ? null : "comment " + serial),
            4 => new MoveTable(table.Id, b % 4 == 0 ? null : new CanvasPosition(a, b) { Collapsed = b % 3 == 0 }),
            5 => new AddColumn(table.Id, new Column { Id = id, Name = name, Type = b % 2 == 0 ? LogicalType.Int64 : LogicalType.Varchar(b + 1), Nullable = a % 2 == 0 }, b % (table.Columns.Count + 2)),
            6 => new RemoveColumn(table.Id, column.Id),
            7 => new UpdateColumn(table.Id, column with { Name = name, Nullable = !column.Nullable, Comment = "c" + b, Default = b % 2 == 0 ? null : ColumnDefault.Literal("0") }),
            8 => new ReorderColumn(table.Id, column.Id, a % (table.Columns.Count + 1)),
            9 => new SetPrimaryKey(table.Id, b % 5 == 0 ? null : new PrimaryKey { Id = id, ColumnIds = SomeColumns(table) }),
            10 => new AddUniqueConstraint(table.Id, new UniqueConstraint { Id = id, Name = b % 2 == 0 ? null : name, ColumnIds = SomeColumns(table) }),
            11 => new RemoveUniqueConstraint(table.Id, table.Uniques.Count == 0 ? "none" : table.Uniques[b % table.Uniques.Count].Id),
            12 => new AddCheckConstraint(table.Id, new CheckConstraint { Id = id, Expression = b % 7 == 0 ? "" : "1 = 1" }),
            13 => new RemoveCheckConstraint(table.Id, table.Checks.Count == 0 ? "none" : table.Checks[b % table.Checks.Count].Id),
            14 => new AddForeignKey(table.Id, new ForeignKey
            {
                Id = id, ColumnIds = [column.Id], TargetTableId = other.Id,
                TargetColumnIds = other.Columns.Count == 0 ? ["none"] : [other.Columns[a % other.Columns.Count].Id],
            }, b % (table.ForeignKeys.Count + 1)),
            15 => new RemoveForeignKey(table.Id, table.ForeignKeys.Count == 0 ? "none" : table.ForeignKeys[b % table.ForeignKeys.Count].Id),
            16 => new AddIndex(table.Id, new Core.Model.Index { Id = id, Name = b % 2 == 0 ? null : name, Parts = SomeColumns(table).Select(c => IndexPart.OfColumn(c, a % 2 == 1)).ToValueList(), IncludeColumnIds = b % 3 == 0 ? [column.Id] : [] }),
            17 => new RemoveIndex(table.Id, table.Indexes.Count == 0 ? "none" : table.Indexes[b % table.Indexes.Count].Id),
            18 => new AddEnum(new EnumType { Id = id, Name = name, Values = ["x", b % 4 == 0 ? "x" : "y"] }, b % (design.Enums.Count + 1)),
            19 => new RemoveEnum(design.Enums.Count == 0 ? "none" : design.Enums[b % design.Enums.Count].Id),
            20 => new UpdateColumn(table.Id, column with { Type = design.Enums.Count == 0 ? LogicalType.Enum("none") : LogicalType.Enum(design.Enums[a % design.Enums.Count].Id) }),
            _ => new CompositeOperation([Make(design, a % 10, a, b, serial), new SetTableComment(table.Id, "both " + serial)], "pair"),
        };
    }
}

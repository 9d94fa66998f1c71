using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Exports;

/// <summary>A design whose names and comments try to break out of every export format.</summary>
internal static class HostileDesign
{
    public const string Script = "<script>alert(1)</script>";

    public static Design Create() => new()
    {
        Name = "Evil " + Script,
        Comment = "Intro | with `code`\n# Heading\n<img src=x onerror=alert(1)>",
        Enums = [new EnumType { Id = "e", Name = "mood" + Script, Values = ["ok", "bad|\"x\""], Comment = "*/ " + Script }],
        Tables =
        [
            new Table
            {
                Id = "t1", Name = Script, Schema = "s|`", Comment = "Table with | pipe\nand newline " + Script,
                Columns =
                [
                    new Column { Id = "c1", Name = "id", Type = LogicalType.Int64, Nullable = false },
                    new Column { Id = "c2", Name = "na|me`\n" + Script, Type = LogicalType.Enum("e"), Comment = "quote \" and ' and */ and -- " + Script, Default = ColumnDefault.Literal("a|b<i>") },
                    new Column { Id = "c3", Name = "price \"x\"", Type = LogicalType.Decimal(10, 2), Default = ColumnDefault.Expression("1 | 2 </td>") },
                ],
                PrimaryKey = new PrimaryKey { Id = "pk", Name = "pk" + Script, ColumnIds = ["c1"] },
                Uniques = [new UniqueConstraint { Id = "u", Name = "uq|x", ColumnIds = ["c2"] }],
                Checks = [new CheckConstraint { Id = "k", Name = "ck`", Expression = "price > 0 | " + Script }],
                Indexes = [new DesignStudio.Core.Model.Index { Id = "i", Name = "ix" + Script, Parts = [IndexPart.OfColumn("c2")], Where = "x <> '|'" }],
            },
            new Table
            {
                Id = "t2", Name = "child\n}", Comment = "*/ --> ]]>",
                Columns =
                [
                    new Column { Id = "d1", Name = "parent id", Type = LogicalType.Int64, Nullable = true },
                    new Column { Id = "d2", Name = "2nd", Type = LogicalType.Text },
                ],
                ForeignKeys = [new ForeignKey { Id = "f", Name = "fk \"" + Script, ColumnIds = ["d1"], TargetTableId = "t1", TargetColumnIds = ["c1"], OnDelete = ReferentialAction.Cascade }],
            },
        ],
    };
}

using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Fixtures;

public static partial class TestDesigns
{
    /// <summary>The hostile table referenced by the other hostile table.</summary>
    public const string HostileUser = "user";

    /// <summary>A table name with a double quote, a bracket, a semicolon, spaces and a comment marker.</summary>
    public const string HostileLines = "order \"lines\"]; --x";

    /// <summary>Column names that break naive quoting in some dialect.</summary>
    public static IReadOnlyList<string> HostileColumns { get; } =
        ["select", "order", "Größe", "名前", "a\"b", "x]y", "c`d", "semi;colon", "with space", "dash--dash", "new\nline"];

    /// <summary>A comment that would end a block comment or a string if it were not escaped.</summary>
    public const string HostileComment = "it's a */ comment -- with 'quotes' and \\ backslash\nand a second line; DROP TABLE x";

    /// <summary>
    /// Names with quotes, brackets, backticks, semicolons, spaces, comment markers, reserved words, non-ASCII letters
    /// and a newline; an enum whose name and values are hostile; hostile constraint and index names and comments.
    /// </summary>
    public static Design HostileNames()
    {
        var state = new EnumType { Id = "enm_state", Name = "state; drop", Values = ["it's", "back\\slash", "a\"b"] };
        var u = HostileUser;
        var user = new Table
        {
            Id = TableId(u), Name = u, Comment = HostileComment,
            Columns =
            [
                Col(u, "select", LogicalType.Int32, false) with { Identity = IdentityKind.Always, Comment = HostileComment },
                Col(u, "order", LogicalType.Varchar(50), false, ColumnDefault.Literal("'; DROP TABLE x; --")),
                Col(u, "Größe", LogicalType.Decimal(5, 2)),
                Col(u, "名前", LogicalType.Text),
                Col(u, "a\"b", LogicalType.Int32),
                Col(u, "x]y", LogicalType.Int32),
                Col(u, "c`d", LogicalType.Int32),
                Col(u, "semi;colon", LogicalType.Boolean, false, ColumnDefault.Literal("true")),
                Col(u, "with space", LogicalType.Varchar(10)),
                Col(u, "dash--dash", LogicalType.Int32),
                Col(u, "new\nline", LogicalType.Int32),
                Col(u, "updated at", LogicalType.TimestampTz, false, ColumnDefault.CurrentTimestamp),
            ],
            PrimaryKey = Pk(u, "select"),
            Uniques = [Unique(u, "uq \"odd\"; name", "order")],
            Indexes =
            [
                new global::DesignStudio.Core.Model.Index
                {
                    Id = "ix_hostile", Name = "ix `odd` [name]",
                    Parts = [IndexPart.OfColumn(ColumnId(u, "Größe")), IndexPart.OfColumn(ColumnId(u, "x]y"), descending: true)],
                },
            ],
            Features = new TableFeatures { UpdatedAtColumnId = ColumnId(u, "updated at") },
        };
        var l = HostileLines;
        var lines = new Table
        {
            Id = TableId(l), Name = l,
            Columns =
            [
                Col(l, "id", LogicalType.Int32, false),
                Col(l, "user ref", LogicalType.Int32, false),
                Col(l, "state", LogicalType.Enum(state.Id), false, ColumnDefault.Literal("it's")),
            ],
            PrimaryKey = Pk(l, "id"),
            Checks = [new CheckConstraint { Id = "ck_hostile", Name = "ck \"positive\"; --", Expression = "id > 0" }],
            ForeignKeys = [Fk(l, ["user ref"], u, ["select"], onDelete: ReferentialAction.Cascade, name: "fk \"odd\"; name")],
        };
        return new Design { Name = "Hostile \"names\"; --", Tables = [lines, user], Enums = [state] };
    }
}

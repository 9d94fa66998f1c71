using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Fixtures;

/// <summary>
/// The designs every dialect is proven on: the blog example, every logical type, composite and self-referencing
/// keys, a foreign-key cycle and hostile names. Shared (linked) by other test projects; ids are derived from names so
/// every build of a design is identical.
/// </summary>
public static partial class TestDesigns
{
    /// <summary>All designs by name, for theories.</summary>
    public static IReadOnlyList<string> Names { get; } = ["blog", "every_type", "composite", "cycle", "hostile"];

    /// <summary>The design called <paramref name="name"/>, for <paramref name="dialect"/> (partial-index predicates differ).</summary>
    public static Design ByName(string name, string dialect = DialectNames.PostgreSql) => name switch
    {
        "blog" => Blog(dialect),
        "every_type" => EveryType(),
        "composite" => CompositeAndSelfReferencing(),
        "cycle" => ForeignKeyCycle(),
        "hostile" => HostileNames(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>A column with an id derived from table and column name.</summary>
    public static Column Col(string table, string name, LogicalType type, bool nullable = true, ColumnDefault? def = null) =>
        new() { Id = ColumnId(table, name), Name = name, Type = type, Nullable = nullable, Default = def };

    /// <summary>The derived id of a column.</summary>
    public static string ColumnId(string table, string column) => ObjectId.Derive("col", table + "\u0001" + column);

    /// <summary>The derived id of a table.</summary>
    public static string TableId(string table) => ObjectId.Derive("tbl", table);

    /// <summary>A foreign key from <paramref name="table"/> to <paramref name="target"/> by column names.</summary>
    public static ForeignKey Fk(string table, string[] columns, string target, string[] targetColumns,
        ReferentialAction? onDelete = null, ReferentialAction? onUpdate = null, string? name = null) => new()
    {
        Id = ObjectId.Derive("fk", table + "\u0001" + string.Join(",", columns)),
        Name = name,
        ColumnIds = columns.Select(c => ColumnId(table, c)).ToValueList(),
        TargetTableId = TableId(target),
        TargetColumnIds = targetColumns.Select(c => ColumnId(target, c)).ToValueList(),
        OnDelete = onDelete,
        OnUpdate = onUpdate,
    };

    /// <summary>A primary key by column names.</summary>
    public static PrimaryKey Pk(string table, params string[] columns) =>
        new() { Id = ObjectId.Derive("pk", table), ColumnIds = columns.Select(c => ColumnId(table, c)).ToValueList() };

    /// <summary>A unique constraint by column names.</summary>
    public static UniqueConstraint Unique(string table, string? name, params string[] columns) => new()
    {
        Id = ObjectId.Derive("uq", table + "\u0001" + string.Join(",", columns)),
        Name = name,
        ColumnIds = columns.Select(c => ColumnId(table, c)).ToValueList(),
    };

    /// <summary>
    /// users / posts / tags / post_tags. The partial index predicate "users are active" is written per dialect
    /// (a bare boolean in PostgreSQL and SQLite, <c>= 1</c> on SQL Server's bit; MySQL/MariaDB drop it).
    /// </summary>
    public static Design Blog(string dialect = DialectNames.PostgreSql)
    {
        var status = new EnumType { Id = "enm_post_status", Name = "post_status", Values = ["draft", "published", "archived"] };
        var users = new Table
        {
            Id = TableId("users"), Name = "users", Comment = "People who write posts.",
            Columns =
            [
                Col("users", "id", LogicalType.Int64, false) with { Identity = IdentityKind.Always },
                Col("users", "email", LogicalType.Varchar(255), false) with { Comment = "Login e-mail, unique." },
                Col("users", "display_name", LogicalType.Varchar(100)),
                Col("users", "is_active", LogicalType.Boolean, false, ColumnDefault.Literal("true")),
                Col("users", "created_at", LogicalType.TimestampTz, false, ColumnDefault.CurrentTimestamp),
                Col("users", "updated_at", LogicalType.TimestampTz, false, ColumnDefault.CurrentTimestamp),
            ],
            PrimaryKey = Pk("users", "id"),
            Uniques = [Unique("users", null, "email")],
            Indexes =
            [
                new global::DesignStudio.Core.Model.Index
                {
                    Id = "ix_users_active_email", Parts = [IndexPart.OfColumn(ColumnId("users", "email"))],
                    Where = dialect == DialectNames.SqlServer ? "is_active = 1" : "is_active",
                },
            ],
            Features = new TableFeatures { UpdatedAtColumnId = ColumnId("users", "updated_at") },
        };
        var posts = new Table
        {
            Id = TableId("posts"), Name = "posts",
            Columns =
            [
                Col("posts", "id", LogicalType.Int64, false) with { Identity = IdentityKind.ByDefault },
                Col("posts", "user_id", LogicalType.Int64, false),
                Col("posts", "title", LogicalType.Varchar(200), false),
                Col("posts", "content", LogicalType.Text),
                Col("posts", "status", LogicalType.Enum(status.Id), false, ColumnDefault.Literal("draft")),
                Col("posts", "created_at", LogicalType.TimestampTz, false, ColumnDefault.CurrentTimestamp),
            ],
            PrimaryKey = Pk("posts", "id"),
            Checks = [new CheckConstraint { Id = "ck_posts_title", Expression = "title <> ''" }],
            ForeignKeys = [Fk("posts", ["user_id"], "users", ["id"], onDelete: ReferentialAction.Cascade)],
            Indexes =
            [
                new global::DesignStudio.Core.Model.Index
                {
                    Id = "ix_posts_user_created",
                    Parts = [IndexPart.OfColumn(ColumnId("posts", "user_id")), IndexPart.OfColumn(ColumnId("posts", "created_at"), descending: true)],
                    IncludeColumnIds = [ColumnId("posts", "title")],
                },
            ],
        };
        var tags = new Table
        {
            Id = TableId("tags"), Name = "tags",
            Columns = [Col("tags", "id", LogicalType.Int64, false) with { Identity = IdentityKind.Always }, Col("tags", "name", LogicalType.Varchar(100), false)],
            PrimaryKey = Pk("tags", "id"),
            Uniques = [Unique("tags", null, "name")],
        };
        var postTags = new Table
        {
            Id = TableId("post_tags"), Name = "post_tags",
            Columns = [Col("post_tags", "post_id", LogicalType.Int64, false), Col("post_tags", "tag_id", LogicalType.Int64, false)],
            PrimaryKey = Pk("post_tags", "post_id", "tag_id"),
            ForeignKeys =
            [
                Fk("post_tags", ["post_id"], "posts", ["id"], onDelete: ReferentialAction.Cascade),
                Fk("post_tags", ["tag_id"], "tags", ["id"], onDelete: ReferentialAction.Cascade),
            ],
        };
        // Deliberately not in dependency order: the generator must sort.
        return new Design { Name = "Blog", Tables = [postTags, posts, users, tags], Enums = [status] };
    }
}

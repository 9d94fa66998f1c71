using DesignStudio.Core.Model;

namespace DesignStudio.Web.Services;

/// <summary>
/// Designs a new project can start from. The blog is the seed's users/posts/tags/post_tags example; once
/// <c>samples/blog.design.json</c> lands (branch <c>json</c>) the lead may load it from there instead.
/// </summary>
public static class StarterDesigns
{
    /// <summary>Template key of the empty design.</summary>
    public const string Empty = "empty";

    /// <summary>Template key of the blog example.</summary>
    public const string BlogKey = "blog";

    /// <summary>The templates on offer: key and label.</summary>
    public static IReadOnlyList<(string Key, string Label)> Templates { get; } =
        [(Empty, "Empty design"), (BlogKey, "Blog (users, posts, tags, post_tags)")];

    /// <summary>The design for a template key, named <paramref name="name"/>.</summary>
    public static Design Create(string key, string name) => key switch
    {
        BlogKey => Blog() with { Name = name },
        _ => new Design { Name = name },
    };

    /// <summary>The blog example.</summary>
    public static Design Blog()
    {
        static string Id(string prefix, string path) => ObjectId.Derive(prefix, "blog." + path);
        static Column Col(string table, string name, LogicalType type, bool nullable = false, ColumnDefault? def = null, string? comment = null) =>
            new() { Id = Id("col", table + "." + name), Name = name, Type = type, Nullable = nullable, Default = def, Comment = comment };
        static Column Key(string table) => Col(table, "id", LogicalType.Int64) with { Identity = IdentityKind.ByDefault };
        static PrimaryKey Pk(string table, params string[] columns) =>
            new() { Id = Id("pk", table), ColumnIds = columns.Select(c => Id("col", table + "." + c)).ToValueList() };
        static ForeignKey Fk(string table, string column, string target, ReferentialAction onDelete) => new()
        {
            Id = Id("fk", table + "." + column), ColumnIds = [Id("col", table + "." + column)], TargetTableId = Id("tbl", target),
            TargetColumnIds = [Id("col", target + ".id")], OnDelete = onDelete,
        };

        var status = new EnumType { Id = Id("enm", "post_status"), Name = "post_status", Values = ["draft", "published", "archived"] };
        var users = new Table
        {
            Id = Id("tbl", "users"), Name = "users", Comment = "People who write posts", Position = new CanvasPosition(40, 40),
            Columns =
            [
                Key("users"), Col("users", "email", LogicalType.Varchar(255)), Col("users", "display_name", LogicalType.Varchar(100), nullable: true),
                Col("users", "created_at", LogicalType.TimestampTz, def: ColumnDefault.CurrentTimestamp),
            ],
            PrimaryKey = Pk("users", "id"),
            Uniques = [new UniqueConstraint { Id = Id("uq", "users.email"), Name = "users_email_key", ColumnIds = [Id("col", "users.email")] }],
        };
        var posts = new Table
        {
            Id = Id("tbl", "posts"), Name = "posts", Comment = "Blog posts", Position = new CanvasPosition(360, 40),
            Columns =
            [
                Key("posts"), Col("posts", "author_id", LogicalType.Int64), Col("posts", "title", LogicalType.Varchar(200)),
                Col("posts", "body", LogicalType.Text),
                Col("posts", "status", LogicalType.Enum(status.Id), def: ColumnDefault.Literal("draft")),
                Col("posts", "published_at", LogicalType.TimestampTz, nullable: true),
                Col("posts", "updated_at", LogicalType.TimestampTz, def: ColumnDefault.CurrentTimestamp, comment: "Kept current on every update"),
            ],
            PrimaryKey = Pk("posts", "id"),
            ForeignKeys = [Fk("posts", "author_id", "users", ReferentialAction.Cascade)],
            Indexes =
            [
                new Core.Model.Index
                {
                    Id = Id("ix", "posts.author_published"), Name = "posts_author_published_idx",
                    Parts = [IndexPart.OfColumn(Id("col", "posts.author_id")), IndexPart.OfColumn(Id("col", "posts.published_at"), descending: true)],
                },
            ],
            Features = new TableFeatures { UpdatedAtColumnId = Id("col", "posts.updated_at") },
        };
        var tags = new Table
        {
            Id = Id("tbl", "tags"), Name = "tags", Position = new CanvasPosition(40, 360),
            Columns = [Key("tags"), Col("tags", "name", LogicalType.Varchar(50))],
            PrimaryKey = Pk("tags", "id"),
            Uniques = [new UniqueConstraint { Id = Id("uq", "tags.name"), Name = "tags_name_key", ColumnIds = [Id("col", "tags.name")] }],
        };
        var postTags = new Table
        {
            Id = Id("tbl", "post_tags"), Name = "post_tags", Comment = "Which tags a post has", Position = new CanvasPosition(360, 360),
            Columns = [Col("post_tags", "post_id", LogicalType.Int64), Col("post_tags", "tag_id", LogicalType.Int64)],
            PrimaryKey = Pk("post_tags", "post_id", "tag_id"),
            ForeignKeys =
            [
                Fk("post_tags", "post_id", "posts", ReferentialAction.Cascade) with { TargetColumnIds = [Id("col", "posts.id")] },
                Fk("post_tags", "tag_id", "tags", ReferentialAction.Cascade) with { TargetColumnIds = [Id("col", "tags.id")] },
            ],
        };
        return new Design { Name = "blog", Comment = "The seed's blog example", Tables = [users, posts, tags, postTags], Enums = [status] };
    }
}

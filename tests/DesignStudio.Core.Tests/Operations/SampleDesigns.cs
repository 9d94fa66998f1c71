using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Operations;

/// <summary>A small blog design with every kind of part, for operation tests.</summary>
internal static class SampleDesigns
{
    public static Design Blog()
    {
        var status = new EnumType { Id = "enm_status", Name = "post_status", Values = ["draft", "published"] };
        var users = new Table
        {
            Id = "tbl_users",
            Name = "users",
            Columns =
            [
                new Column { Id = "col_users_id", Name = "id", Type = LogicalType.Int64, Nullable = false, Identity = IdentityKind.Always },
                new Column { Id = "col_users_email", Name = "email", Type = LogicalType.Varchar(255), Nullable = false },
                new Column { Id = "col_users_updated", Name = "updated_at", Type = LogicalType.TimestampTz, Nullable = false, Default = ColumnDefault.CurrentTimestamp },
            ],
            PrimaryKey = new PrimaryKey { Id = "pk_users", ColumnIds = ["col_users_id"] },
            Uniques = [new UniqueConstraint { Id = "uq_users_email", Name = "users_email_key", ColumnIds = ["col_users_email"] }],
            Checks = [new CheckConstraint { Id = "ck_users_email", Name = "users_email_check", Expression = "email <> ''" }],
            Indexes = [new Core.Model.Index { Id = "ix_users_updated", Name = "users_updated_idx", Parts = [IndexPart.OfColumn("col_users_updated", true)] }],
            Features = new TableFeatures { UpdatedAtColumnId = "col_users_updated" },
            FunctionalDependencies = [new FunctionalDependency { Id = "fd_users_email", DeterminantIds = ["col_users_email"], DependentIds = ["col_users_id"] }],
            Position = new CanvasPosition(10, 20),
        };
        var posts = new Table
        {
            Id = "tbl_posts",
            Name = "posts",
            Comment = "Blog posts",
            Columns =
            [
                new Column { Id = "col_posts_id", Name = "id", Type = LogicalType.Int64, Nullable = false },
                new Column { Id = "col_posts_author", Name = "author_id", Type = LogicalType.Int64, Nullable = false },
                new Column { Id = "col_posts_parent", Name = "parent_id", Type = LogicalType.Int64 },
                new Column { Id = "col_posts_status", Name = "status", Type = LogicalType.Enum("enm_status"), Nullable = false },
            ],
            PrimaryKey = new PrimaryKey { Id = "pk_posts", ColumnIds = ["col_posts_id"] },
            ForeignKeys =
            [
                new ForeignKey { Id = "fk_posts_author", Name = "posts_author_fk", ColumnIds = ["col_posts_author"], TargetTableId = "tbl_users", TargetColumnIds = ["col_users_id"], OnDelete = ReferentialAction.Cascade },
                new ForeignKey { Id = "fk_posts_parent", ColumnIds = ["col_posts_parent"], TargetTableId = "tbl_posts", TargetColumnIds = ["col_posts_id"] },
            ],
            Indexes = [new Core.Model.Index { Id = "ix_posts_author", Parts = [IndexPart.OfColumn("col_posts_author")], IncludeColumnIds = ["col_posts_status"] }],
        };
        var comments = new Table
        {
            Id = "tbl_comments",
            Name = "comments",
            Columns =
            [
                new Column { Id = "col_comments_id", Name = "id", Type = LogicalType.Int64, Nullable = false },
                new Column { Id = "col_comments_user", Name = "user_id", Type = LogicalType.Int64 },
            ],
            ForeignKeys = [new ForeignKey { Id = "fk_comments_user", ColumnIds = ["col_comments_user"], TargetTableId = "tbl_users", TargetColumnIds = ["col_users_id"] }],
        };
        return new Design
        {
            Name = "blog",
            Tables = [users, posts, comments],
            Enums = [status],
            Areas = [new SubjectArea { Id = "area_people", Name = "People", TableIds = ["tbl_users", "tbl_comments"] }],
        };
    }

    public static Column TextColumn(string id, string name) => new() { Id = id, Name = name, Type = LogicalType.Text };
}

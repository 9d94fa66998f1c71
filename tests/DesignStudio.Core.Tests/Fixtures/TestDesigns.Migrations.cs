using DesignStudio.Core.Model;
using Index = DesignStudio.Core.Model.Index;

namespace DesignStudio.Core.Tests.Fixtures;

/// <summary>
/// Version pairs of the blog design for migration tests: together they cover every change kind (renames of tables,
/// columns, indexes and constraints; type, nullability, default and identity changes; keys, checks, foreign keys,
/// indexes, enums, comments and the updated-at feature). Lossy pairs need AllowDataLoss.
/// </summary>
public static partial class TestDesigns
{
    /// <summary>Names of the version pairs, for theories.</summary>
    public static IReadOnlyList<string> MigrationPairs { get; } =
        ["renames", "column_changes", "keys", "indexes", "enums", "comments_and_features", "lossy"];

    /// <summary>The pairs whose up script cannot lose rows (the others drop data or may reject it).</summary>
    public static IReadOnlySet<string> LosslessMigrationPairs { get; } = new HashSet<string> { "renames", "column_changes", "keys", "indexes", "enums", "comments_and_features" };

    /// <summary>Version 1 and version 2 of pair <paramref name="name"/>.</summary>
    public static (Design V1, Design V2) MigrationPair(string name, string dialect)
    {
        var v1 = Blog(dialect);
        var v2 = name switch
        {
            "renames" => Edit(Edit(Edit(v1, "tags", t => t with
                {
                    Name = "labels",
                    Uniques = [t.Uniques[0] with { Name = "uq_labels_name" }],
                }), "users", t => Rename(t, "display_name", "nickname") with
                {
                    Indexes = [t.Indexes[0] with { Name = "ix_users_active_email_v2" }],
                }), "posts", t => t with { Checks = [t.Checks[0] with { Name = "ck_posts_title_not_empty" }] }),
            "column_changes" => Edit(Edit(v1, "users", t => t with
                {
                    Columns = t.Columns
                        .Replace(c => c.Name == "display_name", c => c with { Type = LogicalType.Varchar(300), Default = ColumnDefault.Literal("anonymous") })
                        .Replace(c => c.Name == "is_active", c => c with { Default = null })
                        .Replace(c => c.Name == "created_at", c => c with { Nullable = true }),
                }), "posts", t => t with
                {
                    Columns = t.Columns
                        .Replace(c => c.Name == "title", c => c with { Type = LogicalType.Text })
                        .Replace(c => c.Name == "content", c => c with { Default = ColumnDefault.Literal("") }),
                }),
            "keys" => AddAuditTable(Edit(Edit(Edit(v1, "tags", t => t with
                {
                    Uniques = [],
                    Checks = [new CheckConstraint { Id = "ck_tags_name", Expression = "name <> ''" }],
                }), "posts", t => t with
                {
                    Checks = [],
                    Uniques = [Unique("posts", null, "user_id", "title")],
                    ForeignKeys = [t.ForeignKeys[0] with { OnDelete = ReferentialAction.Restrict }],
                }), "post_tags", t => t with { ForeignKeys = [t.ForeignKeys[0]] })),
            "indexes" => Edit(Edit(v1, "posts", t => t with
                {
                    Indexes = [new Index { Id = "ix_posts_status", Parts = [IndexPart.OfColumn(ColumnId("posts", "status"))] }],
                }), "tags", t => t with
                {
                    Indexes = [new Index { Id = "ix_tags_name_desc", Unique = true, Parts = [IndexPart.OfColumn(ColumnId("tags", "name"), descending: true)] }],
                }),
            "enums" => AddColumnTo(v1 with
                {
                    Enums =
                    [
                        v1.Enums[0] with { Values = ["draft", "review", "published", "archived", "deleted"] },
                        new EnumType { Id = "enm_visibility", Name = "visibility", Values = ["public", "private"] },
                    ],
                }, "posts", Col("posts", "visibility", LogicalType.Enum("enm_visibility"), false, ColumnDefault.Literal("public"))),
            "comments_and_features" => Edit(Edit(v1 with { Enums = [v1.Enums[0] with { Comment = "Where a post is in its life." }] }, "users", t => t with
                {
                    Comment = "Everyone with an account.",
                    Features = TableFeatures.None,
                    Columns = t.Columns.Replace(c => c.Name == "email", c => c with { Comment = null }),
                }), "posts", t => t with
                {
                    Comment = "Articles.",
                    Columns = [.. t.Columns, Col("posts", "updated_at", LogicalType.TimestampTz, true)],
                    Features = new TableFeatures { UpdatedAtColumnId = ColumnId("posts", "updated_at") },
                }),
            "lossy" => Edit(Edit(v1 with { Tables = v1.Tables.RemoveAll(t => t.Name == "post_tags") }, "posts", t => t with
                {
                    Columns = t.Columns.RemoveAll(c => c.Name == "content").Replace(c => c.Name == "title", c => c with { Type = LogicalType.Varchar(150) }),
                }), "users", t => t with { Columns = t.Columns.Replace(c => c.Name == "display_name", c => c with { Nullable = false, Default = ColumnDefault.Literal("x") }) }),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
        return (v1, v2);
    }

    /// <summary>Replaces table <paramref name="table"/> (by name) with <paramref name="edit"/> of it.</summary>
    public static Design Edit(Design design, string table, Func<Table, Table> edit) =>
        design with { Tables = design.Tables.Replace(t => t.Name == table, edit) };

    private static Table Rename(Table table, string column, string name) =>
        table with { Columns = table.Columns.Replace(c => c.Name == column, c => c with { Name = name }) };

    private static Design AddColumnTo(Design design, string table, Column column) =>
        Edit(design, table, t => t with { Columns = [.. t.Columns, column] });

    private static Design AddAuditTable(Design design)
    {
        var audit = new Table
        {
            Id = TableId("audit"), Name = "audit",
            Columns = [Col("audit", "id", LogicalType.Int64, false), Col("audit", "post_id", LogicalType.Int64), Col("audit", "note", LogicalType.Text)],
            PrimaryKey = Pk("audit", "id"),
            ForeignKeys = [Fk("audit", ["post_id"], "posts", ["id"], onDelete: ReferentialAction.SetNull)],
        };
        return design with { Tables = [.. design.Tables, audit] };
    }
}

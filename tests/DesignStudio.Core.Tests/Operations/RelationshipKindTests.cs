using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using static DesignStudio.Core.Tests.Operations.OperationAssert;

namespace DesignStudio.Core.Tests.Operations;

public class RelationshipKindTests
{
    private static Design PostsAndTags(bool tagsHasKey = true) => new()
    {
        Tables =
        [
            new Table
            {
                Id = "tbl_posts", Name = "posts", Position = new CanvasPosition(0, 0),
                Columns = [new Column { Id = "col_p_id", Name = "id", Type = LogicalType.Int64, Nullable = false, Identity = IdentityKind.Always }],
                PrimaryKey = new PrimaryKey { Id = "pk_p", ColumnIds = ["col_p_id"] },
            },
            new Table
            {
                Id = "tbl_tags", Name = "tags", Position = new CanvasPosition(400, 100),
                Columns = tagsHasKey
                    ? [new Column { Id = "col_t_id", Name = "id", Type = LogicalType.Uuid, Nullable = false }, new Column { Id = "col_t_name", Name = "name", Type = LogicalType.Text }]
                    : [new Column { Id = "col_t_name", Name = "name", Type = LogicalType.Text }],
                PrimaryKey = tagsHasKey ? new PrimaryKey { Id = "pk_t", ColumnIds = ["col_t_id"] } : null,
            },
        ],
    };

    [Fact]
    public void Many_to_many_creates_a_junction_table_with_a_composite_key_and_a_foreign_key_to_each_table()
    {
        var next = AppliesAndInverts(PostsAndTags(), new ConnectTables("tbl_posts", "col_p_id", "tbl_tags", Kind: RelationshipKind.ManyToMany));
        Assert.Equal(3, next.Tables.Count);
        var junction = next.Tables[2];
        Assert.Equal("posts_tags", junction.Name);
        Assert.Equal(["posts_id", "tags_id"], junction.Columns.Select(c => c.Name));
        Assert.Equal([LogicalType.Int64, LogicalType.Uuid], junction.Columns.Select(c => c.Type));
        Assert.All(junction.Columns, c => Assert.False(c.Nullable));
        Assert.All(junction.Columns, c => Assert.Equal(IdentityKind.None, c.Identity));
        Assert.Equal(junction.Columns.Select(c => c.Id), junction.PrimaryKey!.ColumnIds);
        Assert.Collection(junction.ForeignKeys,
            f => Assert.Equal(("tbl_posts", junction.Columns[0].Id, "col_p_id"), (f.TargetTableId, Assert.Single(f.ColumnIds), Assert.Single(f.TargetColumnIds))),
            f => Assert.Equal(("tbl_tags", junction.Columns[1].Id, "col_t_id"), (f.TargetTableId, Assert.Single(f.ColumnIds), Assert.Single(f.TargetColumnIds))));
        Assert.All(junction.ForeignKeys, f => Assert.Equal(ReferentialAction.Cascade, f.OnDelete));
        Assert.NotNull(junction.Position);
    }

    [Fact]
    public void Undoing_a_many_to_many_removes_the_junction_and_the_key_it_created_in_one_step()
    {
        var session = new EditSession(PostsAndTags(tagsHasKey: false));
        Assert.True(session.Apply(new ConnectTables("tbl_posts", "col_p_id", "tbl_tags", Kind: RelationshipKind.ManyToMany)).Succeeded);
        var tags = session.Design.GetTable("tbl_tags");
        Assert.Equal("id", tags.Columns[0].Name);
        Assert.NotNull(tags.PrimaryKey);
        Assert.Equal(3, session.Design.Tables.Count);
        session.Undo();
        Assert.Equal(PostsAndTags(tagsHasKey: false), session.Design);
        Assert.False(session.CanUndo);
    }

    [Fact]
    public void Junction_over_composite_keys_references_every_key_column()
    {
        var design = PostsAndTags();
        var tags = design.Tables[1];
        design = design with
        {
            Tables = design.Tables.SetItem(1, tags with { PrimaryKey = tags.PrimaryKey! with { ColumnIds = ["col_t_id", "col_t_name"] } }),
        };
        var next = AppliesAndInverts(design, new AddJunctionTable("tbl_posts", "tbl_tags"));
        var fk = next.Tables[2].ForeignKeys[1];
        Assert.Equal(["col_t_id", "col_t_name"], fk.TargetColumnIds);
        Assert.Equal(["posts_id", "tags_id", "tags_name"], next.Tables[2].Columns.Select(c => c.Name));
        Assert.Equal(3, next.Tables[2].PrimaryKey!.ColumnIds.Count);
    }

    [Fact]
    public void A_taken_junction_name_gets_a_number()
    {
        var design = PostsAndTags();
        design = design with { Tables = design.Tables.Add(new Table { Id = "tbl_pt", Name = "posts_tags" }) };
        var next = AppliesAndInverts(design, new AddJunctionTable("tbl_posts", "tbl_tags"));
        Assert.Equal("posts_tags_2", next.Tables[^1].Name);
    }

    [Fact]
    public void Many_to_many_from_a_table_to_itself_is_refused() =>
        Refused(PostsAndTags(), new AddJunctionTable("tbl_posts", "tbl_posts"), OperationDiagnostics.InvalidColumnList);

    [Fact]
    public void Many_to_many_with_a_missing_table_is_refused() =>
        Refused(PostsAndTags(), new AddJunctionTable("tbl_posts", "tbl_nope"), OperationDiagnostics.TableNotFound);

    [Fact]
    public void Redoing_a_many_to_many_recreates_the_same_ids()
    {
        var session = new EditSession(PostsAndTags());
        session.Apply(new ConnectTables("tbl_posts", "col_p_id", "tbl_tags", Kind: RelationshipKind.ManyToMany));
        var first = session.Design;
        session.Undo();
        session.Redo();
        Assert.Equal(first, session.Design);
    }

    [Fact]
    public void One_to_one_makes_the_new_foreign_key_column_unique()
    {
        var next = AppliesAndInverts(PostsAndTags(), new ConnectTables("tbl_posts", "col_p_id", "tbl_tags", Kind: RelationshipKind.OneToOne));
        var tags = next.GetTable("tbl_tags");
        var fk = Assert.Single(tags.ForeignKeys);
        var unique = Assert.Single(tags.Uniques);
        Assert.Equal(fk.ColumnIds, unique.ColumnIds);
        Assert.Equal("posts_id", tags.GetColumn(fk.ColumnIds[0]).Name);
    }

    [Fact]
    public void One_to_one_on_a_column_that_is_already_unique_adds_no_second_constraint()
    {
        var design = PostsAndTags();
        var tags = design.Tables[1] with
        {
            Columns = design.Tables[1].Columns.Add(new Column { Id = "col_t_post", Name = "post_id", Type = LogicalType.Int64, Nullable = false }),
            Uniques = [new UniqueConstraint { Id = "uq_t_post", ColumnIds = ["col_t_post"] }],
        };
        design = design with { Tables = design.Tables.SetItem(1, tags) };
        var next = AppliesAndInverts(design, new ConnectTables("tbl_posts", "col_p_id", "tbl_tags", "col_t_post", RelationshipKind.OneToOne));
        Assert.Single(next.GetTable("tbl_tags").Uniques);
        Assert.Single(next.GetTable("tbl_tags").ForeignKeys);
    }

    [Fact]
    public void One_to_many_is_the_default_and_adds_no_unique_constraint()
    {
        var next = AppliesAndInverts(PostsAndTags(), new ConnectTables("tbl_posts", "col_p_id", "tbl_tags"));
        Assert.Empty(next.GetTable("tbl_tags").Uniques);
    }
}

using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using static DesignStudio.Core.Tests.Operations.OperationAssert;

namespace DesignStudio.Core.Tests.Operations;

public class TableOperationTests
{
    private readonly Design blog = SampleDesigns.Blog();

    [Fact]
    public void Add_table_inserts_at_the_requested_position_and_inverts()
    {
        var tags = new Table { Id = "tbl_tags", Name = "tags" };
        var next = AppliesAndInverts(blog, new AddTable(tags, 1));
        Assert.Equal(["users", "tags", "posts", "comments"], next.Tables.Select(t => t.Name));
    }

    [Fact]
    public void Add_table_without_position_appends()
    {
        var next = AppliesAndInverts(blog, new AddTable(new Table { Id = "tbl_tags", Name = "tags" }));
        Assert.Equal("tags", next.Tables[^1].Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Add_table_with_empty_name_is_refused(string name) =>
        Refused(blog, new AddTable(new Table { Id = "tbl_x", Name = name }), OperationDiagnostics.EmptyName);

    [Fact]
    public void Add_table_with_taken_name_is_refused() =>
        Refused(blog, new AddTable(new Table { Id = "tbl_x", Name = "users" }), OperationDiagnostics.DuplicateName);

    [Fact]
    public void Add_table_with_same_name_in_another_schema_is_allowed() =>
        AppliesAndInverts(blog, new AddTable(new Table { Id = "tbl_x", Name = "users", Schema = "audit" }));

    [Fact]
    public void Add_table_with_taken_id_is_refused() =>
        Refused(blog, new AddTable(new Table { Id = "tbl_users", Name = "people" }), OperationDiagnostics.DuplicateId);

    [Fact]
    public void Add_table_past_the_end_is_refused() =>
        Refused(blog, new AddTable(new Table { Id = "tbl_x", Name = "x" }, 4), OperationDiagnostics.PositionOutOfRange);

    [Fact]
    public void Remove_table_drops_foreign_keys_pointing_at_it_and_area_membership()
    {
        var next = AppliesAndInverts(blog, new RemoveTable("tbl_users"));
        Assert.Null(next.FindTable("tbl_users"));
        Assert.Equal(["fk_posts_parent"], next.GetTable("tbl_posts").ForeignKeys.Select(f => f.Id));
        Assert.Empty(next.GetTable("tbl_comments").ForeignKeys);
        Assert.Equal(["tbl_comments"], next.Areas[0].TableIds);
    }

    [Fact]
    public void Remove_table_inverse_restores_its_position_in_the_list()
    {
        var removed = new RemoveTable("tbl_posts").Apply(blog);
        Assert.True(removed.Succeeded);
        var restored = removed.Inverse.Apply(removed.Design);
        Assert.True(restored.Succeeded);
        Assert.Equal(["users", "posts", "comments"], restored.Design.Tables.Select(t => t.Name));
    }

    [Fact]
    public void Remove_missing_table_is_refused() =>
        Refused(blog, new RemoveTable("tbl_nope"), OperationDiagnostics.TableNotFound);

    [Fact]
    public void Rename_table_keeps_id_and_references()
    {
        var next = AppliesAndInverts(blog, new RenameTable("tbl_users", "accounts"));
        Assert.Equal("accounts", next.GetTable("tbl_users").Name);
        Assert.Equal("tbl_users", next.GetTable("tbl_posts").ForeignKeys[0].TargetTableId);
    }

    [Fact]
    public void Rename_table_to_its_own_name_is_allowed() => AppliesAndInverts(blog, new RenameTable("tbl_users", "users"));

    [Fact]
    public void Rename_table_to_a_taken_name_is_refused() =>
        Refused(blog, new RenameTable("tbl_users", "posts"), OperationDiagnostics.DuplicateName);

    [Fact]
    public void Rename_table_to_blank_is_refused() =>
        Refused(blog, new RenameTable("tbl_users", " "), OperationDiagnostics.EmptyName);

    [Fact]
    public void Set_and_clear_table_comment_invert()
    {
        var next = AppliesAndInverts(blog, new SetTableComment("tbl_users", "People who write"));
        Assert.Equal("People who write", next.GetTable("tbl_users").Comment);
        Assert.Null(AppliesAndInverts(blog, new SetTableComment("tbl_posts", null)).GetTable("tbl_posts").Comment);
    }

    [Fact]
    public void Move_table_changes_only_its_position()
    {
        var next = AppliesAndInverts(blog, new MoveTable("tbl_users", new CanvasPosition(300, 400) { Collapsed = true }));
        Assert.Equal(new CanvasPosition(300, 400) { Collapsed = true }, next.GetTable("tbl_users").Position);
        Assert.Equal(blog.GetTable("tbl_users").Columns, next.GetTable("tbl_users").Columns);
        AppliesAndInverts(blog, new MoveTable("tbl_comments", new CanvasPosition(1, 2)));
    }

    [Fact]
    public void Edits_of_a_missing_table_are_refused()
    {
        Refused(blog, new MoveTable("tbl_nope", null), OperationDiagnostics.TableNotFound);
        Refused(blog, new SetTableComment("tbl_nope", "x"), OperationDiagnostics.TableNotFound);
        Refused(blog, new RenameTable("tbl_nope", "x"), OperationDiagnostics.TableNotFound);
    }

    [Fact]
    public void Set_subject_area_tables_inverts_and_refuses_unknown_tables()
    {
        AppliesAndInverts(blog, new SetSubjectAreaTables("area_people", ["tbl_posts"]));
        Refused(blog, new SetSubjectAreaTables("area_people", ["tbl_nope"]), OperationDiagnostics.TableNotFound);
        Refused(blog, new SetSubjectAreaTables("area_nope", []), OperationDiagnostics.ObjectNotFound);
    }

    [Fact]
    public void Applying_an_operation_never_changes_the_input_design()
    {
        var before = SampleDesigns.Blog();
        _ = new RemoveTable("tbl_users").Apply(blog);
        Assert.Equal(before, blog);
    }
}

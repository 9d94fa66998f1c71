using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using static DesignStudio.Core.Tests.Operations.OperationAssert;

namespace DesignStudio.Core.Tests.Operations;

public class SubjectAreaOperationTests
{
    private static readonly SubjectArea Content = new() { Id = "area_content", Name = "Content", Color = "#ffcc80", TableIds = ["tbl_posts", "tbl_comments"] };

    private static Design WithArea() => SampleDesigns.Blog() with { Areas = [Content] };

    [Fact]
    public void Add_subject_area_appends_it_with_its_tables_and_inverts()
    {
        var area = new SubjectArea { Id = "area_people", Name = "People", TableIds = ["tbl_users"] };
        var next = AppliesAndInverts(WithArea(), new AddSubjectArea(area));
        Assert.Equal(["Content", "People"], next.Areas.Select(a => a.Name));
        Assert.Equal(["tbl_users"], next.Areas[1].TableIds);
    }

    [Fact]
    public void Add_subject_area_at_a_position_inserts_it_there()
    {
        var next = AppliesAndInverts(WithArea(), new AddSubjectArea(new SubjectArea { Id = "a2", Name = "First" }, 0));
        Assert.Equal(["First", "Content"], next.Areas.Select(a => a.Name));
    }

    [Fact]
    public void Add_subject_area_with_a_missing_table_is_refused() =>
        Refused(WithArea(), new AddSubjectArea(new SubjectArea { Id = "a2", Name = "X", TableIds = ["tbl_nope"] }), OperationDiagnostics.TableNotFound);

    [Fact]
    public void Add_subject_area_with_a_taken_name_or_id_is_refused()
    {
        Refused(WithArea(), new AddSubjectArea(Content with { Id = "other" }), OperationDiagnostics.DuplicateName);
        Refused(WithArea(), new AddSubjectArea(Content with { Name = "Other" }), OperationDiagnostics.DuplicateId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Add_subject_area_without_a_name_is_refused(string name) =>
        Refused(WithArea(), new AddSubjectArea(new SubjectArea { Id = "a2", Name = name }), OperationDiagnostics.EmptyName);

    [Theory]
    [InlineData("red;background:url(x)")]
    [InlineData("#fff\" onload=\"x")]
    [InlineData("<script>")]
    [InlineData("")]
    public void Colours_that_could_break_out_of_css_or_svg_are_refused(string color)
    {
        Refused(WithArea(), new AddSubjectArea(new SubjectArea { Id = "a2", Name = "X", Color = color }), OperationDiagnostics.InvalidColor);
        Refused(WithArea(), new RecolorSubjectArea("area_content", color), OperationDiagnostics.InvalidColor);
    }

    [Theory]
    [InlineData("#4caf50")]
    [InlineData("teal")]
    [InlineData("rgb(76, 175, 80)")]
    public void Recolour_subject_area_changes_only_the_colour_and_inverts(string color)
    {
        var next = AppliesAndInverts(WithArea(), new RecolorSubjectArea("area_content", color));
        Assert.Equal(Content with { Color = color }, Assert.Single(next.Areas));
    }

    [Fact]
    public void Rename_subject_area_inverts_to_the_old_name()
    {
        var next = AppliesAndInverts(WithArea(), new RenameSubjectArea("area_content", "Writing"));
        Assert.Equal("Writing", Assert.Single(next.Areas).Name);
    }

    [Fact]
    public void Rename_subject_area_to_an_empty_or_taken_name_is_refused()
    {
        var two = WithArea() with { Areas = [Content, new SubjectArea { Id = "a2", Name = "People" }] };
        Refused(two, new RenameSubjectArea("area_content", " "), OperationDiagnostics.EmptyName);
        Refused(two, new RenameSubjectArea("area_content", "People"), OperationDiagnostics.DuplicateName);
    }

    [Fact]
    public void Remove_subject_area_keeps_its_tables_and_inverts_at_the_same_position()
    {
        var two = WithArea() with { Areas = [new SubjectArea { Id = "a0", Name = "Zero" }, Content, new SubjectArea { Id = "a2", Name = "Two" }] };
        var next = AppliesAndInverts(two, new RemoveSubjectArea("area_content"));
        Assert.Equal(["Zero", "Two"], next.Areas.Select(a => a.Name));
        Assert.Equal(3, next.Tables.Count);
    }

    [Fact]
    public void Operations_on_a_missing_area_are_refused()
    {
        Refused(WithArea(), new RemoveSubjectArea("nope"), OperationDiagnostics.ObjectNotFound);
        Refused(WithArea(), new RenameSubjectArea("nope", "x"), OperationDiagnostics.ObjectNotFound);
        Refused(WithArea(), new RecolorSubjectArea("nope", "#fff"), OperationDiagnostics.ObjectNotFound);
        Refused(WithArea(), new SetSubjectAreaTables("nope", []), OperationDiagnostics.ObjectNotFound);
    }

    [Fact]
    public void Set_subject_area_tables_replaces_the_members_and_inverts()
    {
        var next = AppliesAndInverts(WithArea(), new SetSubjectAreaTables("area_content", ["tbl_users"]));
        Assert.Equal(["tbl_users"], Assert.Single(next.Areas).TableIds);
    }

    [Fact]
    public void Removing_a_member_table_then_undoing_restores_the_membership()
    {
        var session = new EditSession(WithArea());
        Assert.True(session.Apply(new RemoveTable("tbl_posts")).Succeeded);
        Assert.Equal(["tbl_comments"], Assert.Single(session.Design.Areas).TableIds);
        session.Undo();
        Assert.Equal(WithArea(), session.Design);
    }
}

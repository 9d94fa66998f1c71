using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Web.Canvas;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.Components.Web;

namespace DesignStudio.Web.Tests.Canvas;

/// <summary>Subject areas, sticky notes and relationship kinds on the canvas.</summary>
public class CanvasObjectsTests : StudioTestContext
{
    private readonly List<DesignOperation> applied = [];
    private Design design = StarterDesigns.Blog();

    private IRenderedComponent<DesignCanvas> RenderCanvas() => Render<DesignCanvas>(p => p
        .Add(c => c.Design, design)
        .Add(c => c.OnOperation, op =>
        {
            applied.Add(op);
            var result = op.Apply(design);
            if (result.Succeeded) design = result.Design;
            return Task.FromResult(result.Succeeded);
        }));

    private static Blazor.Diagrams.Core.Events.PointerEventArgs Pointer(double x = 0, double y = 0) =>
        new(x, y, 0, 0, false, false, false, 1, 1, 1, 0, 0, 0, "mouse", true);

    private Design WithArea(params string[] tableIds) => design with
    {
        Tables = design.Tables.Select((t, i) => t with { Position = new CanvasPosition(i * 300, 100) }).ToValueList(),
        Areas = [new SubjectArea { Id = "area_a", Name = "Core <b>tables</b>", Color = "#a5d6a7", TableIds = tableIds.ToValueList() }],
    };

    [Fact]
    public void Add_subject_area_from_selection_groups_the_selected_tables()
    {
        var cut = RenderCanvas();
        var canvas = cut.Instance;
        canvas.Diagram.SelectModel(canvas.Projection.Nodes[design.Tables[0].Id], false);
        canvas.Diagram.SelectModel(canvas.Projection.Nodes[design.Tables[1].Id], false);
        Button(cut, "Add subject area from selection").Click();
        cut.WaitForAssertion(() => Assert.Single(applied));
        var area = Assert.IsType<AddSubjectArea>(applied[0]).Area;
        Assert.Equal([design.Tables[0].Id, design.Tables[1].Id], area.TableIds);
        Assert.Equal("Area 1", area.Name);
    }

    [Fact]
    public void Area_is_drawn_behind_and_around_its_tables_with_its_name_as_text()
    {
        design = WithArea(StarterDesigns.Blog().Tables[0].Id, StarterDesigns.Blog().Tables[1].Id);
        var cut = RenderCanvas();
        var canvas = cut.Instance;
        var area = canvas.Objects.Areas["area_a"];
        var members = area.Members;
        Assert.Equal(2, members.Count);
        Assert.Equal(members.Min(m => m.Position.X) - SubjectAreaNodeModel.Padding, area.Position.X);
        Assert.Equal(members.Min(m => m.Position.Y) - SubjectAreaNodeModel.Padding - SubjectAreaNodeModel.LabelHeight, area.Position.Y);
        Assert.Equal(members.Max(m => m.Position.X + m.Size!.Width) + SubjectAreaNodeModel.Padding, area.Position.X + area.Size!.Width);
        Assert.True(area.Order < members.Min(m => m.Order));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[aria-label='Subject area Core <b>tables</b>']")));
        Assert.Empty(cut.FindAll(".ds-area b"));
    }

    [Fact]
    public void Dragging_an_area_moves_its_tables_as_one_operation()
    {
        var ids = StarterDesigns.Blog().Tables.Take(2).Select(t => t.Id).ToArray();
        design = WithArea(ids);
        var cut = RenderCanvas();
        var canvas = cut.Instance;
        var area = canvas.Objects.Areas["area_a"];
        canvas.Diagram.SelectModel(area, true);
        area.SetPosition(area.Position.X + 50, area.Position.Y + 20);
        canvas.Diagram.TriggerPointerUp(area, Pointer());
        cut.WaitForAssertion(() => Assert.Single(applied));
        var moves = Assert.IsType<CompositeOperation>(applied[0]).Steps.Cast<MoveTable>().ToList();
        Assert.Equal(ids, moves.Select(m => m.TableId));
        Assert.Equal([50.0, 350.0], moves.Select(m => m.Position!.X));
        Assert.All(moves, m => Assert.Equal(120, m.Position!.Y));
        // Undo is one step: the inverse puts both tables back.
        var back = applied[0].Apply(WithArea(ids)).Inverse!.Apply(design).Design!;
        Assert.Equal(WithArea(ids).Tables, back.Tables);
    }

    [Fact]
    public void Moving_a_member_table_moves_the_area_bounds_with_it()
    {
        design = WithArea(StarterDesigns.Blog().Tables[0].Id);
        var cut = RenderCanvas();
        var canvas = cut.Instance;
        var area = canvas.Objects.Areas["area_a"];
        var table = area.Members[0];
        var before = area.Position;
        table.SetPosition(table.Position.X + 100, table.Position.Y);
        Assert.Equal(before.X + 100, area.Position.X);
    }

    [Fact]
    public void Area_label_renames_recolours_and_removes_through_operations()
    {
        design = WithArea(StarterDesigns.Blog().Tables[0].Id);
        var cut = RenderCanvas();
        cut.WaitForElement(".ds-area-name").DoubleClick();
        var input = cut.WaitForElement("input[aria-label='Subject area name']");
        input.Input("Accounts");
        input.KeyDown(new KeyboardEventArgs { Key = "Enter" });
        cut.WaitForAssertion(() => Assert.Equal(new RenameSubjectArea("area_a", "Accounts"), Assert.Single(applied)));
        cut.Render(p => p.Add(c => c.Design, design));
        cut.WaitForElement("input[aria-label='Colour of subject area Accounts']").Change("#ff0000");
        cut.WaitForAssertion(() => Assert.Equal(new RecolorSubjectArea("area_a", "#ff0000"), applied[^1]));
        cut.Render(p => p.Add(c => c.Design, design));
        cut.WaitForElement("button[aria-label='Remove subject area Accounts']").Click();
        cut.WaitForAssertion(() => Assert.Equal(new RemoveSubjectArea("area_a"), applied[^1]));
        cut.Render(p => p.Add(c => c.Design, design));
        Assert.Empty(cut.Instance.Objects.Areas);
        Assert.Equal(StarterDesigns.Blog().Tables.Count, design.Tables.Count);
    }

    [Fact]
    public void Add_sticky_note_then_edit_its_text_in_place_as_plain_text()
    {
        var cut = RenderCanvas();
        Button(cut, "Add sticky note").Click();
        cut.WaitForAssertion(() => Assert.IsType<AddStickyNote>(Assert.Single(applied)));
        cut.Render(p => p.Add(c => c.Design, design));
        cut.WaitForElement(".ds-note-text").DoubleClick();
        var editor = cut.WaitForElement("textarea[aria-label='Note text']");
        editor.Input("<script>alert(1)</script>\nline 2");
        editor.KeyDown(new KeyboardEventArgs { Key = "Enter", CtrlKey = true });
        var noteId = design.Notes[0].Id;
        cut.WaitForAssertion(() => Assert.Equal(new EditStickyNote(noteId, "<script>alert(1)</script>\nline 2"), applied[^1]));
        cut.Render(p => p.Add(c => c.Design, design));
        cut.WaitForAssertion(() => Assert.Contains("&lt;script&gt;", cut.Find(".ds-note-text").InnerHtml));
        Assert.Empty(cut.FindAll(".ds-note script"));
    }

    [Fact]
    public void Dragging_a_note_moves_it_and_the_resize_handle_resizes_it()
    {
        design = design with { Notes = [new StickyNote { Id = "n1", Text = "hello", Position = new CanvasPosition(10, 10) }] };
        var cut = RenderCanvas();
        var canvas = cut.Instance;
        var note = canvas.Objects.Notes["n1"];
        canvas.Diagram.SelectModel(note, true);
        note.SetPosition(60, 70);
        canvas.Diagram.TriggerPointerUp(note, Pointer());
        cut.WaitForAssertion(() => Assert.Equal(new MoveStickyNote("n1", new CanvasPosition(60, 70)), Assert.Single(applied)));

        cut.Render(p => p.Add(c => c.Design, design));
        cut.WaitForElement("button[aria-label='Resize note']").KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        cut.WaitForAssertion(() => Assert.Equal(new ResizeStickyNote("n1", StickyNote.DefaultWidth + 20, StickyNote.DefaultHeight), applied[^1]));

        cut.Render(p => p.Add(c => c.Design, design));
        canvas.BeginNoteResize("n1", 100, 100);
        canvas.Diagram.TriggerPointerMove(null, Pointer(150, 130));
        canvas.Diagram.TriggerPointerUp(null, Pointer(150, 130));
        cut.WaitForAssertion(() => Assert.Equal(new ResizeStickyNote("n1", StickyNote.DefaultWidth + 70, StickyNote.DefaultHeight + 30), applied[^1]));
    }

    [Fact]
    public void Remove_note_button_removes_it_through_an_operation()
    {
        design = design with { Notes = [new StickyNote { Id = "n1", Text = "hello" }] };
        var cut = RenderCanvas();
        cut.WaitForElement("button[aria-label='Remove note']").Click();
        cut.WaitForAssertion(() => Assert.Equal(new RemoveStickyNote("n1"), Assert.Single(applied)));
    }

    [Fact]
    public void Chosen_relationship_kind_goes_into_the_connect_operation()
    {
        design = new Design
        {
            Tables =
            [
                new Table { Id = "tbl_u", Name = "users", Columns = [new Column { Id = "col_u", Name = "id", Type = LogicalType.Int64, Nullable = false }], PrimaryKey = new PrimaryKey { Id = "pk_u", ColumnIds = ["col_u"] }, Position = new CanvasPosition(0, 0) },
                new Table { Id = "tbl_g", Name = "groups", Columns = [new Column { Id = "col_g", Name = "id", Type = LogicalType.Int64, Nullable = false }], PrimaryKey = new PrimaryKey { Id = "pk_g", ColumnIds = ["col_g"] }, Position = new CanvasPosition(400, 0) },
            ],
        };
        var cut = RenderCanvas();
        cut.Find("select[aria-label='Relationship kind']").Change(nameof(RelationshipKind.ManyToMany));
        Assert.Equal(RelationshipKind.ManyToMany, cut.Instance.NewRelationshipKind);
        var canvas = cut.Instance;
        var link = new Blazor.Diagrams.Core.Models.LinkModel(new Blazor.Diagrams.Core.Anchors.SinglePortAnchor(canvas.Projection.Nodes["tbl_u"].PortOf("col_u")!),
            new Blazor.Diagrams.Core.Anchors.ShapeIntersectionAnchor(canvas.Projection.Nodes["tbl_g"]));
        canvas.Diagram.Links.Add(link);
        link.TriggerTargetAttached();
        cut.WaitForAssertion(() => Assert.Equal(new ConnectTables("tbl_u", "col_u", "tbl_g", null, RelationshipKind.ManyToMany), Assert.Single(applied)));
        cut.Render(p => p.Add(c => c.Design, design));
        Assert.Equal("users_groups", design.Tables[2].Name);
        Assert.Equal(2, canvas.Projection.Links.Count());
    }

    [Fact]
    public void Canvas_follows_the_site_theme_until_its_own_toggle_is_used()
    {
        var cut = Render<DesignCanvas>(p => p.Add(c => c.Design, design).AddCascadingValue("DarkMode", true));
        Assert.True(cut.Instance.Dark);
        Assert.NotNull(cut.Find(".ds-canvas-frame.ds-dark"));
        Button(cut, "Toggle dark canvas").Click();
        Assert.False(cut.Instance.Dark);
    }

    [Fact]
    public void Delete_key_removes_a_selected_note_and_area()
    {
        design = WithArea(StarterDesigns.Blog().Tables[0].Id) with { Notes = [new StickyNote { Id = "n1", Text = "x" }] };
        var cut = RenderCanvas();
        var canvas = cut.Instance;
        canvas.Diagram.SelectModel(canvas.Objects.Notes["n1"], false);
        canvas.Diagram.SelectModel(canvas.Objects.Areas["area_a"], false);
        cut.Find(".ds-canvas").KeyDown(new KeyboardEventArgs { Key = "Delete" });
        cut.WaitForAssertion(() => Assert.Single(applied));
        var steps = Assert.IsType<CompositeOperation>(applied[0]).Steps;
        Assert.Contains(new RemoveStickyNote("n1"), steps);
        Assert.Contains(new RemoveSubjectArea("area_a"), steps);
        Assert.Equal(StarterDesigns.Blog().Tables.Count, design.Tables.Count);
    }
}

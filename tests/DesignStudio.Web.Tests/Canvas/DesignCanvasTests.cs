using Bunit;
using Blazor.Diagrams.Core.Models;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Web.Canvas;
using DesignStudio.Web.Services;

namespace DesignStudio.Web.Tests.Canvas;

public class DesignCanvasTests : StudioTestContext
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

    private static Blazor.Diagrams.Core.Events.PointerEventArgs Pointer() =>
        new(0, 0, 0, 0, false, false, false, 1, 1, 1, 0, 0, 0, "mouse", true);

    [Fact]
    public void Draws_every_table_with_its_columns_as_text()
    {
        design = new Design { Tables = [new Table { Id = "tbl_x", Name = "<b>evil</b>", Columns = [new Column { Id = "col_x", Name = "<i>c</i>", Type = LogicalType.Int32, Nullable = false }] }] };
        var cut = RenderCanvas();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[aria-label='Table <b>evil</b>']")));
        Assert.Empty(cut.FindAll("b"));
        Assert.Empty(cut.FindAll("i"));
        Assert.Contains("&lt;i&gt;c&lt;/i&gt;", cut.Markup);
        Assert.Contains("int32", cut.Find(".ds-col-type").TextContent);
        Assert.Contains("NN", cut.Find(".ds-col-markers").TextContent);
    }

    [Fact]
    public void A_drag_becomes_one_move_operation_on_pointer_up()
    {
        var cut = RenderCanvas();
        var canvas = cut.Instance;
        var node = canvas.Projection.Nodes[design.Tables[0].Id];
        canvas.Diagram.SelectModel(node, true);
        node.SetPosition(node.Position.X + 10, node.Position.Y + 5);
        node.SetPosition(node.Position.X + 10, node.Position.Y + 5);
        Assert.Empty(applied);
        canvas.Diagram.TriggerPointerUp(node, Pointer());
        cut.WaitForAssertion(() => Assert.Single(applied));
        var move = Assert.IsType<MoveTable>(applied[0]);
        Assert.Equal(node.Position.X, move.Position!.X);
        Assert.Equal(node.Position.Y, move.Position.Y);
    }

    [Fact]
    public void Dropping_a_new_link_from_a_key_column_on_a_table_connects_them()
    {
        design = new Design
        {
            Tables =
            [
                new Table { Id = "tbl_u", Name = "users", Columns = [new Column { Id = "col_u", Name = "id", Type = LogicalType.Int64, Nullable = false }], PrimaryKey = new PrimaryKey { Id = "pk_u", ColumnIds = ["col_u"] }, Position = new CanvasPosition(0, 0) },
                new Table { Id = "tbl_p", Name = "posts", Position = new CanvasPosition(400, 0) },
            ],
        };
        var cut = RenderCanvas();
        var canvas = cut.Instance;
        var port = canvas.Projection.Nodes["tbl_u"].PortOf("col_u")!;
        var target = canvas.Projection.Nodes["tbl_p"];
        Assert.True(port.CanAttachTo(target));
        var link = new LinkModel(new Blazor.Diagrams.Core.Anchors.SinglePortAnchor(port), new Blazor.Diagrams.Core.Anchors.ShapeIntersectionAnchor(target));
        canvas.Diagram.Links.Add(link);
        link.TriggerTargetAttached();
        cut.WaitForAssertion(() => Assert.Equal(new ConnectTables("tbl_u", "col_u", "tbl_p"), Assert.Single(applied)));
        cut.Render(p => p.Add(c => c.Design, design));
        var fkLink = Assert.Single(canvas.Projection.Links);
        Assert.Same(fkLink, Assert.Single(canvas.Diagram.Links));
        Assert.Equal("users_id", design.GetTable("tbl_p").Columns[0].Name);
    }

    [Fact]
    public void Delete_key_removes_the_selected_table_through_an_operation()
    {
        var cut = RenderCanvas();
        var canvas = cut.Instance;
        var table = design.Tables[^1];
        canvas.Diagram.SelectModel(canvas.Projection.Nodes[table.Id], true);
        cut.Find(".ds-canvas").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Delete" });
        cut.WaitForAssertion(() => Assert.Equal(new RemoveTable(table.Id), Assert.Single(applied)));
    }

    [Fact]
    public void Double_click_on_a_table_name_renames_it_in_place()
    {
        var cut = RenderCanvas();
        var table = design.Tables[0];
        cut.Find($"[aria-label='Table {table.QualifiedName}'] .ds-node-header").DoubleClick();
        var input = cut.WaitForElement("input[aria-label='Table name']");
        input.Input("people");
        input.KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        cut.WaitForAssertion(() => Assert.Equal(new RenameTable(table.Id, "people"), Assert.Single(applied)));
    }

    [Fact]
    public void Duplicate_copies_the_selected_table_with_new_ids_and_a_free_name()
    {
        var cut = RenderCanvas();
        var canvas = cut.Instance;
        var table = design.Tables[0];
        canvas.Diagram.SelectModel(canvas.Projection.Nodes[table.Id], true);
        cut.Find(".ds-canvas").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "d", CtrlKey = true });
        cut.WaitForAssertion(() => Assert.Single(applied));
        var copy = Assert.IsType<AddTable>(applied[0]).Table;
        Assert.Equal(table.Name + "_copy", copy.Name);
        Assert.NotEqual(table.Id, copy.Id);
        Assert.Empty(copy.Columns.Select(c => c.Id).Intersect(table.Columns.Select(c => c.Id)));
        Assert.Equal(table.Columns.Select(c => c.Name), copy.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Question_mark_shows_the_shortcut_help()
    {
        var cut = RenderCanvas();
        Assert.Empty(cut.FindAll("[role=dialog][aria-label='Keyboard shortcuts']"));
        cut.Find(".ds-canvas").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "?" });
        Assert.Single(cut.FindAll("[role=dialog][aria-label='Keyboard shortcuts']"));
    }

    [Fact]
    public void Every_toolbar_button_has_an_accessible_name_and_an_icon_from_the_canvas_sprite()
    {
        var cut = RenderCanvas();
        var symbols = cut.FindAll(".ds-icon-sprite symbol").Select(s => "#" + s.Id).ToHashSet();
        var buttons = cut.FindAll(".ds-canvas-toolbar button");
        Assert.Equal(13, buttons.Count);
        Assert.All(buttons, b => Assert.False(string.IsNullOrWhiteSpace(b.GetAttribute("aria-label"))));
        Assert.All(buttons, b => Assert.Contains(b.QuerySelector("use")!.GetAttribute("href")!, symbols));
        // The icon paths are sent once, in the sprite, not once per button.
        Assert.Empty(cut.FindAll(".ds-canvas-toolbar button path"));

        Button(cut, "Toggle dark canvas").Click();
        Assert.Contains(Button(cut, "Toggle dark canvas").QuerySelector("use")!.GetAttribute("href")!, symbols);
        Assert.Equal("false", Button(cut, "Show minimap").GetAttribute("aria-pressed"));
        Button(cut, "Show minimap").Click();
        Assert.Equal("true", Button(cut, "Hide minimap").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void Link_ends_use_the_crows_foot_shapes_defined_once_in_the_diagram()
    {
        var cut = RenderCanvas();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".diagram-link")));
        var shapes = cut.FindAll(".diagram-svg-layer defs path").Select(p => "#" + p.Id).ToHashSet();
        Assert.Equal(CrowsFootMarkers.Definitions.Count, shapes.Count);
        foreach (var link in cut.FindAll(".diagram-link"))
        {
            var ends = link.QuerySelectorAll("use").Select(u => u.GetAttribute("href")!).ToList();
            Assert.Equal(2, ends.Count);
            Assert.All(ends, e => Assert.Contains(e, shapes));
            Assert.Single(link.QuerySelectorAll("path.ds-link-line"));
            Assert.Single(link.QuerySelectorAll("path.ds-link-hit"));
            Assert.NotEmpty(link.QuerySelector("title")!.TextContent);
        }
    }
}

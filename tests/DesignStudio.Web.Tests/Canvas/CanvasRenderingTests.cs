using Blazor.Diagrams.Components.Renderers;
using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Core.Samples;
using DesignStudio.Web.Canvas;

namespace DesignStudio.Web.Tests.Canvas;

/// <summary>How much the canvas re-renders: only what changed, and only what is in view.</summary>
public class CanvasRenderingTests : StudioTestContext
{
    private Design design = SyntheticDesign.Create(30, seed: 5);

    private IRenderedComponent<DesignCanvas> RenderCanvas() => Render<DesignCanvas>(p => p
        .Add(c => c.Design, design)
        .Add(c => c.OnOperation, op =>
        {
            var result = op.Apply(design);
            if (result.Succeeded) design = result.Design!;
            return Task.FromResult(result.Succeeded);
        }));

    private static bool Touches(ForeignKeyLinkModel link, string tableId) =>
        ((ColumnPortModel)link.Source.Model!).Table.TableId == tableId || ((ColumnPortModel)link.Target.Model!).Table.TableId == tableId;

    // Applies the operation, hands the new design to the canvas and returns which node and link widgets rendered again.
    private (HashSet<string> Nodes, HashSet<string> Links) RendersAfter(IRenderedComponent<DesignCanvas> cut, DesignOperation operation)
    {
        var nodes = cut.FindComponents<TableNodeWidget>().Select(w => (w, w.RenderCount)).ToList();
        var links = cut.FindComponents<ForeignKeyLinkWidget>().Select(w => (w, w.RenderCount)).ToList();
        Assert.Equal(design.Tables.Count, nodes.Count);
        Assert.Equal(design.Tables.Sum(t => t.ForeignKeys.Count), links.Count);
        var result = operation.Apply(design);
        Assert.True(result.Succeeded);
        design = result.Design!;
        cut.Render(p => p.Add(c => c.Design, design));
        return (nodes.Where(n => n.w.RenderCount > n.RenderCount).Select(n => n.w.Instance.Node.TableId).ToHashSet(),
                links.Where(l => l.w.RenderCount > l.RenderCount).Select(l => l.w.Instance.Link.ForeignKeyId).ToHashSet());
    }

    [Fact]
    public void Moving_a_table_re_renders_only_its_node_and_its_links()
    {
        var cut = RenderCanvas();
        var table = design.Tables[12];
        var (nodes, links) = RendersAfter(cut, new MoveTable(table.Id, new CanvasPosition(2000, 90)));
        Assert.Equal([table.Id], nodes);
        var expected = cut.Instance.Projection.Links.Where(l => Touches(l, table.Id)).Select(l => l.ForeignKeyId).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, links);
        Assert.Equal(2000, cut.Instance.Projection.Nodes[table.Id].Position.X);
    }

    [Fact]
    public void Updating_a_column_re_renders_only_its_node_and_its_links()
    {
        var cut = RenderCanvas();
        var table = design.Tables[7];
        var column = table.Columns.First(c => c.Name == "name");
        var (nodes, links) = RendersAfter(cut, new UpdateColumn(table.Id, column with { Name = "title", Nullable = true }));
        Assert.Equal([table.Id], nodes);
        Assert.Subset(cut.Instance.Projection.Links.Where(l => Touches(l, table.Id)).Select(l => l.ForeignKeyId).ToHashSet(), links);
        Assert.Contains("title", cut.Find($"[aria-label='Table {table.Name}']").TextContent);
    }

    [Fact]
    public async Task A_large_design_renders_widgets_only_for_the_tables_in_view_and_more_when_panned()
    {
        design = SyntheticDesign.Create(300, seed: 5);
        var cut = RenderCanvas();
        var canvas = cut.Instance;
        var inView = canvas.Projection.Nodes.Values.Where(n => n.Visible).Select(n => n.TableId).ToHashSet();
        cut.WaitForAssertion(() => Assert.Equal(inView, cut.FindComponents<TableNodeWidget>().Select(w => w.Instance.Node.TableId).ToHashSet()));
        Assert.InRange(inView.Count, 1, 60);
        Assert.Equal(inView.Count, cut.FindAll(".diagram-node").Count);
        Assert.Equal(canvas.Projection.Links.Count(l => l.Visible), cut.FindComponents<ForeignKeyLinkWidget>().Count);
        // Culled tables and links cost no component at all (the library would keep an empty renderer for each).
        Assert.Equal(inView.Count, cut.FindComponents<NodeRenderer>().Count);
        Assert.Equal(canvas.Projection.Links.Count(l => l.Visible), cut.FindComponents<LinkRenderer>().Count);
        Assert.True(canvas.Projection.Links.Count(l => l.Visible) < design.Tables.Sum(t => t.ForeignKeys.Count) / 4);

        var far = canvas.Projection.Nodes.Values.OrderByDescending(n => n.Position.Y).First();
        await cut.InvokeAsync(() => canvas.Diagram.SetPan(-far.Position.X, -far.Position.Y));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find($"[aria-label='Table {far.Table.Name}']")));
        Assert.Empty(cut.FindAll($"[aria-label='Table {design.Tables[0].Name}']"));
        Assert.Equal(canvas.Projection.Nodes.Values.Count(n => n.Visible), cut.FindComponents<NodeRenderer>().Count);
        Assert.DoesNotContain(cut.FindComponents<NodeRenderer>(), r => r.Instance.Node == canvas.Projection.Nodes[design.Tables[0].Id]);
    }

    [Fact]
    public async Task Zooming_far_out_draws_only_table_names_as_text()
    {
        design = new Design { Tables = [new Table { Id = "tbl_x", Name = "<b>orders</b>", Columns = [new Column { Id = "col_x", Name = "amount", Type = LogicalType.Int32 }] }] };
        var cut = RenderCanvas();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".ds-node-row")));
        await cut.InvokeAsync(() => cut.Instance.Diagram.SetZoom(0.3));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".ds-node-summary")));
        Assert.Empty(cut.FindAll(".ds-node-row"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Equal("<b>orders</b>", cut.Find(".ds-node-summary-name").TextContent);
        await cut.InvokeAsync(() => cut.Instance.Diagram.SetZoom(1));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".ds-node-row")));
    }
}

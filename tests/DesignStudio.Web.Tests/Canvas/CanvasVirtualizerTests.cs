using Blazor.Diagrams;
using Blazor.Diagrams.Core.Geometry;
using DesignStudio.Core.Model;
using DesignStudio.Core.Samples;
using DesignStudio.Web.Canvas;

namespace DesignStudio.Web.Tests.Canvas;

public class CanvasVirtualizerTests
{
    private static (BlazorDiagram Diagram, DiagramProjection Projection, CanvasVirtualizer Virtualizer) Project(Design design)
    {
        var diagram = new BlazorDiagram();
        var projection = new DiagramProjection(diagram);
        projection.Sync(design, []);
        var virtualizer = new CanvasVirtualizer(diagram, projection);
        diagram.SetContainer(new Rectangle(0, 0, 1000, 700));
        return (diagram, projection, virtualizer);
    }

    private static Design Large(int tables = 300) => SyntheticDesign.Create(tables, seed: 3);

    private static bool InView(CanvasViewport v, TableNodeModel n) => v.Intersects(n.Position.X, n.Position.Y, n.Size!.Width, n.Size.Height);

    [Fact]
    public void Viewport_maps_pan_zoom_and_margin_to_diagram_coordinates()
    {
        var viewport = CanvasViewport.Of(new Point(-500, -200), 2, 1000, 700, 100);
        Assert.Equal(new CanvasViewport(200, 50, 600, 450), viewport);
        Assert.Equal(800, viewport.Right);
        Assert.Equal(500, viewport.Bottom);
    }

    [Theory]
    [InlineData(0, 0, 100, 100, true)]       // overlaps the top-left corner
    [InlineData(-50, -50, 40, 40, false)]    // entirely above and left
    [InlineData(-50, -50, 60, 60, true)]     // reaches in by 10 pixels
    [InlineData(1000, 0, 50, 50, false)]     // touches the right edge only
    [InlineData(400, 300, 10, 10, true)]     // inside
    [InlineData(400, 800, 10, 10, false)]    // below
    public void Viewport_overlap_is_strict_rectangle_intersection(double x, double y, double w, double h, bool expected) =>
        Assert.Equal(expected, new CanvasViewport(0, 0, 1000, 700).Intersects(x, y, w, h));

    [Fact]
    public void A_link_span_crossing_the_viewport_overlaps_it_even_with_both_ends_outside() =>
        Assert.True(new CanvasViewport(0, 0, 1000, 700).IntersectsSpan(new Point(-500, 300), new Point(1500, 310)));

    [Fact]
    public void Large_designs_render_only_the_nodes_in_the_viewport_and_its_margin()
    {
        var (_, projection, virtualizer) = Project(Large());
        Assert.True(virtualizer.Virtualizing);
        var viewport = virtualizer.Viewport;
        Assert.Equal(CanvasViewport.Of(Point.Zero, 1, 1000, 700, CanvasVirtualizer.MarginPixels), viewport);
        var nodes = projection.Nodes.Values.ToList();
        Assert.All(nodes, n => Assert.Equal(InView(viewport, n), n.Visible));
        var shown = nodes.Count(n => n.Visible);
        Assert.InRange(shown, 1, nodes.Count / 4);
    }

    [Fact]
    public void Panning_shows_the_nodes_that_come_into_view_and_hides_those_that_leave()
    {
        var (diagram, projection, virtualizer) = Project(Large());
        var first = projection.Nodes.Values.First(n => n.Visible);
        var far = projection.Nodes.Values.OrderByDescending(n => n.Position.Y).First();
        Assert.False(far.Visible);
        diagram.SetPan(-far.Position.X, -far.Position.Y);
        Assert.True(far.Visible);
        Assert.False(first.Visible);
        Assert.All(projection.Nodes.Values, n => Assert.Equal(InView(virtualizer.Viewport, n), n.Visible));
    }

    [Fact]
    public void A_link_stays_drawn_while_one_of_its_ends_is_in_view_and_is_hidden_when_neither_end_nor_its_span_is()
    {
        var (_, projection, virtualizer) = Project(Large());
        var viewport = virtualizer.Viewport;
        var links = projection.Links.ToList();
        var half = links.Where(l => ((ColumnPortModel)l.Source.Model!).Table.Visible != ((ColumnPortModel)l.Target.Model!).Table.Visible).ToList();
        Assert.NotEmpty(half);
        Assert.All(half, l => Assert.True(l.Visible));
        var away = links.Where(l => !((ColumnPortModel)l.Source.Model!).Table.Visible && !((ColumnPortModel)l.Target.Model!).Table.Visible).ToList();
        Assert.Contains(away, l => !l.Visible);
        Assert.All(away.Where(l => !l.Visible), l =>
            Assert.False(viewport.IntersectsSpan(((ColumnPortModel)l.Source.Model!).Position, ((ColumnPortModel)l.Target.Model!).Position)));
    }

    [Fact]
    public void Small_designs_render_every_node_even_off_screen()
    {
        var (diagram, projection, virtualizer) = Project(Large(CanvasVirtualizer.VirtualizeFromTables - 1));
        diagram.SetPan(-100_000, -100_000);
        Assert.False(virtualizer.Virtualizing);
        Assert.All(projection.Nodes.Values, n => Assert.True(n.Visible));
        Assert.All(projection.Links, l => Assert.True(l.Visible));
    }

    [Fact]
    public void Far_zoom_shows_names_only_and_zooming_back_in_restores_the_columns()
    {
        var (diagram, projection, _) = Project(Large(20));
        Assert.All(projection.Nodes.Values, n => Assert.Equal(NodeDetail.Full, n.Detail));
        diagram.SetZoom(CanvasVirtualizer.NameOnlyBelowZoom - 0.05);
        Assert.All(projection.Nodes.Values, n => Assert.Equal(NodeDetail.NameOnly, n.Detail));
        diagram.SetZoom(CanvasVirtualizer.NameOnlyBelowZoom);
        Assert.All(projection.Nodes.Values, n => Assert.Equal(NodeDetail.Full, n.Detail));
    }

    [Fact]
    public void Before_the_browser_reports_the_canvas_size_a_full_hd_canvas_is_assumed()
    {
        var diagram = new BlazorDiagram();
        var projection = new DiagramProjection(diagram);
        projection.Sync(Large(), []);
        var virtualizer = new CanvasVirtualizer(diagram, projection);
        virtualizer.Update();
        var size = CanvasVirtualizer.AssumedContainer;
        Assert.Equal(CanvasViewport.Of(Point.Zero, 1, size.Width, size.Height, CanvasVirtualizer.MarginPixels), virtualizer.Viewport);
        Assert.Contains(projection.Nodes.Values, n => !n.Visible);
    }
}

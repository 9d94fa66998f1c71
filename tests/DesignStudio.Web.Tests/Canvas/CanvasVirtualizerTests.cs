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
        var viewport = virtualizer.Viewport!.Value;
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
        Assert.All(projection.Nodes.Values, n => Assert.Equal(InView(virtualizer.Viewport!.Value, n), n.Visible));
    }

    [Fact]
    public void A_link_stays_drawn_while_one_of_its_ends_is_in_view_and_is_hidden_when_its_path_misses_the_view()
    {
        var (_, projection, virtualizer) = Project(Large());
        var viewport = virtualizer.Viewport!.Value;
        var links = projection.Links.ToList();
        var ends = links.Where(l => viewport.Contains(End(l, source: true)) || viewport.Contains(End(l, source: false))).ToList();
        Assert.NotEmpty(ends);
        Assert.All(ends, l => Assert.True(l.Visible));
        Assert.Contains(links, l => !l.Visible);
        // The path as drawn, sampled densely: every link it shows passes near the view, every link it hides misses it
        // (by more than a crow's-foot marker: the drawn curve starts a marker's width from the port).
        Assert.All(links.Where(l => l.Visible), l => Assert.Contains(Drawn(l), Grown(viewport, 25).Contains));
        Assert.All(links.Where(l => !l.Visible), l => Assert.DoesNotContain(Drawn(l), Grown(viewport, -20).Contains));
    }

    [Fact]
    public void A_long_link_whose_ends_span_the_view_but_whose_curve_passes_outside_it_is_hidden()
    {
        var (_, projection, virtualizer) = Project(Large());
        var link = projection.Links.First(l => ((ColumnSideAnchor)l.Source).Port.Table != ((ColumnSideAnchor)l.Target).Port.Table);
        var (child, parent) = (((ColumnSideAnchor)link.Source).Port.Table, ((ColumnSideAnchor)link.Target).Port.Table);
        // Far left at the view's height, and far below it: the box between the two ends covers the view's lower left,
        // the curve bends around it.
        child.SetPosition(-4000, 300);
        parent.SetPosition(400, 6000);
        virtualizer.Update();
        var viewport = virtualizer.Viewport!.Value;
        Assert.True(viewport.IntersectsSpan(End(link, source: true), End(link, source: false)));
        Assert.DoesNotContain(Drawn(link), Grown(viewport, -20).Contains);
        Assert.False(link.Visible);

        // With the parent moved up to the view's height the curve crosses the view: drawn again.
        parent.SetPosition(400, 500);
        virtualizer.Update();
        Assert.True(link.Visible);
    }

    [Fact]
    public void Curve_test_agrees_with_dense_sampling_of_random_curves()
    {
        var viewport = new CanvasViewport(0, 0, 1000, 700);
        var random = new Random(11);
        Point Any() => new(random.Next(-6000, 7000), random.Next(-6000, 7000));
        for (var i = 0; i < 2000; i++)
        {
            Point[] curve = [Any(), Any(), Any(), Any()];
            var crosses = viewport.IntersectsCurve(curve);
            var samples = Samples(curve).ToList();
            if (samples.Any(viewport.Contains)) Assert.True(crosses, $"curve {i} passes through the view");
            if (crosses) Assert.Contains(samples, Grown(viewport, 25).Contains);
        }
    }

    private static Point End(ForeignKeyLinkModel link, bool source) => (source ? link.Source : link.Target).GetPosition(link)!;

    // Points along the link as the browser draws it: the path generator's curve (from its SVG path data, which starts
    // a marker's width away from each port) and the two ports' anchor points, where the markers end.
    private static IEnumerable<Point> Drawn(ForeignKeyLinkModel link)
    {
        var path = SideFacingPathGenerator.Instance.GetResult(null!, link, [], End(link, source: true), End(link, source: false)).FullPath.ToString();
        var numbers = System.Text.RegularExpressions.Regex.Matches(path, @"-?[0-9.]+(?:[eE]-?[0-9]+)?")
            .Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(8, numbers.Count);
        Point[] curve = [new(numbers[0], numbers[1]), new(numbers[2], numbers[3]), new(numbers[4], numbers[5]), new(numbers[6], numbers[7])];
        return [.. Samples(curve), End(link, source: true), End(link, source: false)];
    }

    private static IEnumerable<Point> Samples(Point[] c)
    {
        for (var i = 0; i <= 4000; i++)
        {
            var t = i / 4000.0;
            var u = 1 - t;
            yield return new Point(
                u * u * u * c[0].X + 3 * u * u * t * c[1].X + 3 * u * t * t * c[2].X + t * t * t * c[3].X,
                u * u * u * c[0].Y + 3 * u * u * t * c[1].Y + 3 * u * t * t * c[2].Y + t * t * t * c[3].Y);
        }
    }

    private static CanvasViewport Grown(CanvasViewport v, double by) => new(v.Left - by, v.Top - by, v.Width + 2 * by, v.Height + 2 * by);

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
    public void Before_the_browser_reports_the_canvas_size_a_large_design_draws_nothing_and_then_what_is_in_view()
    {
        var diagram = new BlazorDiagram();
        var projection = new DiagramProjection(diagram);
        projection.Sync(Large(), []);
        var virtualizer = new CanvasVirtualizer(diagram, projection);
        virtualizer.Update();
        Assert.Null(virtualizer.Viewport);
        Assert.All(projection.Nodes.Values, n => Assert.False(n.Visible));
        Assert.All(projection.Links, l => Assert.False(l.Visible));

        var refreshed = 0;
        diagram.Changed += () => refreshed++;
        diagram.SetContainer(new Rectangle(0, 0, 1000, 700));
        var viewport = virtualizer.Viewport!.Value;
        Assert.All(projection.Nodes.Values, n => Assert.Equal(InView(viewport, n), n.Visible));
        Assert.Contains(projection.Nodes.Values, n => n.Visible);
        Assert.Contains(projection.Links, l => l.Visible);
        Assert.True(refreshed > 0);
    }

    [Fact]
    public void A_small_design_is_drawn_before_the_canvas_size_is_known()
    {
        var diagram = new BlazorDiagram();
        var projection = new DiagramProjection(diagram);
        projection.Sync(Large(CanvasVirtualizer.VirtualizeFromTables - 1), []);
        var virtualizer = new CanvasVirtualizer(diagram, projection);
        virtualizer.Update();
        Assert.All(projection.Nodes.Values, n => Assert.True(n.Visible));
    }
}

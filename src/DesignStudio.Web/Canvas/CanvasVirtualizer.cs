using Blazor.Diagrams.Core;
using Blazor.Diagrams.Core.Geometry;

namespace DesignStudio.Web.Canvas;

/// <summary>
/// Renders only what the canvas shows. From <see cref="VirtualizeFromTables"/> tables on, nodes outside the viewport
/// (plus <see cref="MarginPixels"/>) are hidden (the library then renders nothing for them) and so are links whose
/// curve passes outside the viewport; a link with one end on screen stays drawn, since ports keep their fixed
/// positions whether or not their node is rendered. Until the browser has reported the canvas size nothing of such a
/// design is drawn: the first render would otherwise guess a size, draw what that guess shows and take most of it away
/// again a round trip later (at 300 tables 30 nodes and 107 links, half of the first render batch, for 12 and 51 in
/// view). Below <see cref="NameOnlyBelowZoom"/> nodes show only their table's name. Only nodes and links whose state
/// flips are re-rendered; <see cref="CulledDiagramCanvas"/> gives hidden ones no component at all. The library's own
/// virtualization stays off: it has no margin and would fight this over <c>Visible</c> (library issue #491).
/// </summary>
public sealed class CanvasVirtualizer : IDisposable
{
    /// <summary>Designs with fewer tables are drawn in full: hiding nodes only pays from several hundred.</summary>
    public const int VirtualizeFromTables = 200;

    /// <summary>Zoom below which nodes show only their table's name.</summary>
    public const double NameOnlyBelowZoom = 0.4;

    /// <summary>Screen pixels around the canvas within which nodes are already rendered.</summary>
    public const double MarginPixels = 200;

    private readonly Diagram diagram;
    private readonly DiagramProjection projection;

    /// <summary>Follows <paramref name="diagram"/>'s pan, zoom and size; call <see cref="Update"/> after a projection sync.</summary>
    public CanvasVirtualizer(Diagram diagram, DiagramProjection projection)
    {
        this.diagram = diagram;
        this.projection = projection;
        diagram.PanChanged += OnViewChanged;
        diagram.ZoomChanged += OnViewChanged;
        diagram.ContainerChanged += OnViewChanged;
    }

    /// <summary>Whether nodes outside the viewport are currently hidden.</summary>
    public bool Virtualizing => projection.Nodes.Count >= VirtualizeFromTables;

    /// <summary>The viewport (with margin) in diagram coordinates; null until the browser has reported the canvas size.</summary>
    public CanvasViewport? Viewport =>
        diagram.Container is { } c ? CanvasViewport.Of(diagram.Pan, diagram.Zoom, c.Width, c.Height, MarginPixels) : null;

    /// <summary>The detail nodes show at <paramref name="zoom"/>.</summary>
    public static NodeDetail DetailAt(double zoom) => zoom < NameOnlyBelowZoom ? NodeDetail.NameOnly : NodeDetail.Full;

    /// <summary>
    /// Shows and hides nodes and links for the current view and refreshes the diagram when something changed (so the
    /// canvas layer draws the new set). Returns how many nodes and links changed.
    /// </summary>
    public int Update()
    {
        var virtualizing = Virtualizing;
        var current = Viewport;
        var sized = current is not null;
        var viewport = current ?? default;
        var detail = DetailAt(diagram.Zoom);
        var changed = 0;
        foreach (var node in projection.Nodes.Values)
        {
            var size = node.Size ?? Size.Zero;
            var visible = !virtualizing || (sized && viewport.Intersects(node.Position.X, node.Position.Y, size.Width, size.Height));
            if (node.Visible != visible)
            {
                node.Visible = visible; // the library re-renders the node (or removes it) on this change
                changed++;
            }
            if (node.Detail != detail)
            {
                node.Detail = detail;
                if (visible) node.Refresh();
                changed++;
            }
        }
        foreach (var link in projection.Links)
        {
            var visible = !virtualizing || (sized && InView(viewport, link));
            if (link.Visible == visible) continue;
            link.Visible = visible;
            changed++;
        }
        // Pan, zoom and resize refresh the diagram anyway, and a refresh inside Diagram.Batch waits for its end.
        if (changed > 0) diagram.Refresh();
        return changed;
    }

    /// <summary>
    /// Whether <paramref name="link"/>'s path passes through <paramref name="viewport"/>: the curve the path generator
    /// draws, from the side of each table that faces the other. (The box spanned by the two ends is no test: a layered
    /// layout's long links span most of the design while their curves pass outside the view.)
    /// </summary>
    public static bool InView(CanvasViewport viewport, ForeignKeyLinkModel link)
    {
        if (link.Source is not ColumnSideAnchor from || link.Target is not ColumnSideAnchor to) return true;
        var fromRight = from.FacesRight(to.Port.Table);
        var toRight = to.FacesRight(from.Port.Table);
        return viewport.IntersectsCurve(SideFacingPathGenerator.Curve(from.PointOn(fromRight), fromRight ? 1 : -1, to.PointOn(toRight), toRight ? 1 : -1));
    }

    private void OnViewChanged() => Update();

    /// <inheritdoc />
    public void Dispose()
    {
        diagram.PanChanged -= OnViewChanged;
        diagram.ZoomChanged -= OnViewChanged;
        diagram.ContainerChanged -= OnViewChanged;
    }
}

using Blazor.Diagrams.Core.Geometry;

namespace DesignStudio.Web.Canvas;

/// <summary>
/// The part of the diagram (in diagram coordinates) that the canvas shows, widened by a margin so that nodes are
/// rendered a little before they scroll into view.
/// </summary>
/// <param name="Left">Left edge.</param>
/// <param name="Top">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
public readonly record struct CanvasViewport(double Left, double Top, double Width, double Height)
{
    /// <summary>Right edge.</summary>
    public double Right => Left + Width;

    /// <summary>Bottom edge.</summary>
    public double Bottom => Top + Height;

    /// <summary>
    /// The viewport of a canvas <paramref name="width"/> × <paramref name="height"/> screen pixels panned by
    /// <paramref name="pan"/> at <paramref name="zoom"/>, widened by <paramref name="margin"/> screen pixels on every side.
    /// </summary>
    public static CanvasViewport Of(Point pan, double zoom, double width, double height, double margin)
    {
        if (zoom <= 0) throw new ArgumentOutOfRangeException(nameof(zoom), zoom, "Zoom must be positive.");
        return new CanvasViewport((-pan.X - margin) / zoom, (-pan.Y - margin) / zoom, (width + 2 * margin) / zoom, (height + 2 * margin) / zoom);
    }

    /// <summary>Whether the rectangle at (<paramref name="x"/>, <paramref name="y"/>) overlaps the viewport.</summary>
    public bool Intersects(double x, double y, double width, double height) =>
        x < Right && x + width > Left && y < Bottom && y + height > Top;

    /// <summary>Whether the box spanned by two points (e.g. a link's two ends) overlaps the viewport.</summary>
    public bool IntersectsSpan(Point a, Point b) =>
        Intersects(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Abs(a.X - b.X), Math.Abs(a.Y - b.Y));

    /// <summary>Whether <paramref name="point"/> lies inside the viewport.</summary>
    public bool Contains(Point point) => point.X > Left && point.X < Right && point.Y > Top && point.Y < Bottom;

    /// <summary>
    /// Whether the cubic Bézier curve through <paramref name="curve"/> (start, two control points, end: a link's path)
    /// passes through the viewport. Exact when it says no (the curve lies inside its control points' hull); when it
    /// says yes the curve comes within a few thousandths of its length of the viewport.
    /// </summary>
    public bool IntersectsCurve(IReadOnlyList<Point> curve) =>
        IntersectsCurve(curve[0], curve[1], curve[2], curve[3], CurveDepth);

    // Halvings before a piece whose hull box still overlaps counts as crossing: 2^-10 of the curve.
    private const int CurveDepth = 10;

    private bool IntersectsCurve(Point a, Point b, Point c, Point d, int depth)
    {
        double left = Math.Min(Math.Min(a.X, b.X), Math.Min(c.X, d.X)), right = Math.Max(Math.Max(a.X, b.X), Math.Max(c.X, d.X));
        double top = Math.Min(Math.Min(a.Y, b.Y), Math.Min(c.Y, d.Y)), bottom = Math.Max(Math.Max(a.Y, b.Y), Math.Max(c.Y, d.Y));
        if (left >= Right || right <= Left || top >= Bottom || bottom <= Top) return false;
        if (Contains(a) || Contains(d) || depth == 0) return true;
        // de Casteljau at t = 1/2: two halves, each with its own (smaller) hull.
        Point ab = Mid(a, b), bc = Mid(b, c), cd = Mid(c, d), abc = Mid(ab, bc), bcd = Mid(bc, cd), middle = Mid(abc, bcd);
        return IntersectsCurve(a, ab, abc, middle, depth - 1) || IntersectsCurve(middle, bcd, cd, d, depth - 1);
    }

    private static Point Mid(Point p, Point q) => new((p.X + q.X) / 2, (p.Y + q.Y) / 2);
}

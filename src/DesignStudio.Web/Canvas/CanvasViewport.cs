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
}

using Blazor.Diagrams.Core;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models.Base;
using Blazor.Diagrams.Core.PathGenerators;
using SvgPathProperties;

namespace DesignStudio.Web.Canvas;

/// <summary>
/// A smooth curve that leaves and enters each table horizontally, on the side its <see cref="ColumnSideAnchor"/>
/// chose, so crow's-foot markers lie flat against the node's edge.
/// </summary>
public sealed class SideFacingPathGenerator : PathGenerator
{
    private const double Margin = 60;

    /// <summary>The shared instance (it holds no state).</summary>
    public static SideFacingPathGenerator Instance { get; } = new();

    /// <inheritdoc />
    public override PathGeneratorResult GetResult(Diagram diagram, BaseLinkModel link, Point[] route, Point source, Point target)
    {
        var points = Curve(source, Direction(link.Source, source), target, Direction(link.Target, target));
        double? sourceAngle = link.SourceMarker is { } sm ? AdjustRouteForSourceMarker(points, sm.Width) : null;
        double? targetAngle = link.TargetMarker is { } tm ? AdjustRouteForTargetMarker(points, tm.Width) : null;
        var path = new SvgPath()
            .AddMoveTo(points[0].X, points[0].Y)
            .AddCubicBezierCurve(points[1].X, points[1].Y, points[2].X, points[2].Y, points[3].X, points[3].Y);
        return new PathGeneratorResult(path, [], sourceAngle, points[0], targetAngle, points[^1]);
    }

    /// <summary>
    /// The cubic Bézier curve (start, two control points, end) from <paramref name="source"/> to
    /// <paramref name="target"/>, leaving and entering horizontally: <paramref name="sourceDirection"/> and
    /// <paramref name="targetDirection"/> are +1 for a right edge, -1 for a left edge. The virtualizer tests the same
    /// curve against the viewport.
    /// </summary>
    public static Point[] Curve(Point source, int sourceDirection, Point target, int targetDirection)
    {
        var reach = Math.Max(Margin, Math.Abs(target.X - source.X) / 2);
        return
        [
            source,
            new Point(source.X + sourceDirection * reach, source.Y),
            new Point(target.X + targetDirection * reach, target.Y),
            target,
        ];
    }

    // +1 when the point is on the node's right edge (the curve leaves rightwards), -1 on the left edge.
    private static int Direction(Blazor.Diagrams.Core.Anchors.Anchor? anchor, Point point) =>
        anchor is ColumnSideAnchor side && point.X <= side.Port.Table.Position.X + 0.5 ? -1 : 1;
}

using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models.Base;

namespace DesignStudio.Web.Canvas;

/// <summary>
/// Anchors a foreign-key link on a column row, on the left or right edge of the table: whichever faces the table at the
/// other end, so the line leaves the node sideways instead of crossing its body.
/// </summary>
public sealed class ColumnSideAnchor : Anchor
{
    /// <summary>Anchors on <paramref name="port"/>'s row.</summary>
    public ColumnSideAnchor(ColumnPortModel port) : base(port) => Port = port;

    /// <summary>The column's port (its row gives the height).</summary>
    public ColumnPortModel Port { get; }

    /// <summary>Whether the anchor sits on the right edge for a link whose other end is <paramref name="other"/>.</summary>
    public bool FacesRight(TableNodeModel other) => FacesRight(Port.Table, other);

    /// <summary>Whether <paramref name="node"/>'s right edge faces <paramref name="other"/> (its centre is further right).</summary>
    public static bool FacesRight(TableNodeModel node, TableNodeModel other)
    {
        var width = node.Size?.Width ?? TableNodeGeometry.Width;
        var otherWidth = other.Size?.Width ?? TableNodeGeometry.Width;
        // A node facing itself (a self-reference) leaves and enters on the right.
        if (ReferenceEquals(node, other)) return true;
        return other.Position.X + otherWidth / 2 >= node.Position.X + width / 2;
    }

    /// <inheritdoc />
    public override Point? GetPosition(BaseLinkModel link, Point[] route)
    {
        var other = ReferenceEquals(link.Source, this) ? link.Target : link.Source;
        var right = other?.Model is ColumnPortModel otherPort ? FacesRight(otherPort.Table) : true;
        return PointOn(right);
    }

    /// <inheritdoc />
    public override Point? GetPlainPosition() => Port.Table.Size is { } size
        ? new Point(Port.Table.Position.X + size.Width / 2, Port.Position.Y + TableNodeGeometry.PortSize / 2)
        : null;

    /// <summary>The anchor point on the right or left edge, at the middle of the column's row.</summary>
    public Point PointOn(bool right)
    {
        var node = Port.Table;
        var y = Port.Position.Y + TableNodeGeometry.PortSize / 2;
        return new Point(right ? node.Position.X + (node.Size?.Width ?? TableNodeGeometry.Width) : node.Position.X, y);
    }
}

namespace DesignStudio.Web.Canvas;

/// <summary>
/// Fixed geometry of a table node. The node's size and its ports' positions are computed from these numbers instead of
/// being measured in the browser (one interop call per diagram instead of one per port, see STACK-FACTS); the CSS in
/// wwwroot/css/app.css (<c>.ds-node</c>) uses the same numbers, and a test keeps the two in step.
/// </summary>
public static class TableNodeGeometry
{
    /// <summary>Node width in pixels.</summary>
    public const double Width = 240;

    /// <summary>Height of the header (table name and schema).</summary>
    public const double HeaderHeight = 40;

    /// <summary>Height of one column row.</summary>
    public const double RowHeight = 22;

    /// <summary>Padding below the last row.</summary>
    public const double FooterHeight = 6;

    /// <summary>Side of a (square) column port.</summary>
    public const double PortSize = 10;

    /// <summary>Node height for <paramref name="rows"/> visible column rows.</summary>
    public static double Height(int rows) => HeaderHeight + rows * RowHeight + FooterHeight;

    /// <summary>Port offset from the node's top-left corner for the row at <paramref name="row"/>, on the right edge.</summary>
    public static (double X, double Y) PortOffset(int row) =>
        (Width - PortSize / 2, HeaderHeight + row * RowHeight + (RowHeight - PortSize) / 2);
}

namespace DesignStudio.Web.Collaboration;

/// <summary>A point in diagram coordinates (independent of each viewer's pan and zoom).</summary>
public readonly record struct DiagramPoint(double X, double Y);

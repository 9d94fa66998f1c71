namespace DesignStudio.Web.Services.Versions;

/// <summary>A table's rectangle on the canvas.</summary>
public readonly record struct CanvasBox(double Left, double Top, double Width, double Height)
{
    /// <summary>The lower edge.</summary>
    public double Bottom => Top + Height;
}

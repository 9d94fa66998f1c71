namespace DesignStudio.Web.Canvas;

/// <summary>How a table or column differs between two compared versions (drawn green, red, amber).</summary>
public enum DiffMark
{
    /// <summary>Only in the newer version.</summary>
    Added,

    /// <summary>Only in the older version (shown from it).</summary>
    Removed,

    /// <summary>In both, changed.</summary>
    Changed,
}

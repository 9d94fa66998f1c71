namespace DesignStudio.Web.Canvas;

/// <summary>How much of a table a node draws.</summary>
public enum NodeDetail
{
    /// <summary>Name, schema, badge and every visible column.</summary>
    Full,

    /// <summary>Only the table's name, large: the level of detail when zoomed far out.</summary>
    NameOnly,
}

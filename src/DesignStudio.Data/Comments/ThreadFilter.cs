namespace DesignStudio.Data.Comments;

/// <summary>Which threads to list.</summary>
public enum ThreadFilter
{
    /// <summary>Open and resolved.</summary>
    All,

    /// <summary>Open only.</summary>
    Open,

    /// <summary>Resolved only.</summary>
    Resolved,
}

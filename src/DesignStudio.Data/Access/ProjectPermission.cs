namespace DesignStudio.Data.Access;

/// <summary>The kinds of request the store authorizes.</summary>
public enum ProjectPermission
{
    /// <summary>Load the design (viewer and up).</summary>
    View,

    /// <summary>Comment on the design (commenter and up).</summary>
    Comment,

    /// <summary>Change the design (editor and up).</summary>
    Edit,

    /// <summary>Rename or delete the project, manage members and share links, read the activity log (owner).</summary>
    Manage,
}

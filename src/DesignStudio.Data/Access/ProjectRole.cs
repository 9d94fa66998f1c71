namespace DesignStudio.Data.Access;

/// <summary>What a member may do in a project; each role includes everything the roles below it may do.</summary>
public enum ProjectRole
{
    /// <summary>Reads the design.</summary>
    Viewer = 1,

    /// <summary>Reads and comments.</summary>
    Commenter = 2,

    /// <summary>Reads, comments and edits the design.</summary>
    Editor = 3,

    /// <summary>Everything, including rename, delete, members, share links and the activity log.</summary>
    Owner = 4,
}

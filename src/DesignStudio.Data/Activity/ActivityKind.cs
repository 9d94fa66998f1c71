namespace DesignStudio.Data.Activity;

/// <summary>What happened in a project.</summary>
public enum ActivityKind
{
    /// <summary>The project was created.</summary>
    ProjectCreated,
    /// <summary>The project was renamed.</summary>
    ProjectRenamed,
    /// <summary>The project was deleted.</summary>
    ProjectDeleted,
    /// <summary>The design was saved.</summary>
    DesignSaved,
    /// <summary>A member was added.</summary>
    MemberAdded,
    /// <summary>A member's role changed.</summary>
    MemberRoleChanged,
    /// <summary>A member was removed.</summary>
    MemberRemoved,
    /// <summary>A share link was created.</summary>
    ShareLinkCreated,
    /// <summary>A share link was revoked.</summary>
    ShareLinkRevoked,
    /// <summary>Someone joined through a share link.</summary>
    ShareLinkUsed,
    /// <summary>A version was committed.</summary>
    VersionCommitted,
    /// <summary>A version was restored.</summary>
    VersionRestored,
    /// <summary>A tag was put on or removed from a version.</summary>
    VersionTagged,
    /// <summary>A review of a version was requested.</summary>
    ReviewRequested,
    /// <summary>A reviewer approved or requested changes.</summary>
    ReviewVerdictGiven,
    /// <summary>Someone commented in a review.</summary>
    ReviewCommented,
    /// <summary>A review was withdrawn.</summary>
    ReviewWithdrawn,
    /// <summary>A comment was posted (a new thread or a reply).</summary>
    CommentAdded,
    /// <summary>A comment thread was resolved.</summary>
    CommentThreadResolved,
    /// <summary>A comment thread was reopened.</summary>
    CommentThreadReopened,
    /// <summary>A comment was deleted.</summary>
    CommentDeleted,
}

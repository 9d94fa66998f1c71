namespace DesignStudio.Data.Access;

/// <summary>
/// A user's role in a project. A membership that came through a share link (<see cref="ShareLinkId"/> set) lasts only
/// while that link is valid: revoking the link or its expiry ends it. An owner who sets the member's role makes the
/// membership direct.
/// </summary>
public sealed class ProjectMember
{
    /// <summary>The project.</summary>
    public Guid ProjectId { get; set; }

    /// <summary>The member's user id.</summary>
    public required string UserId { get; set; }

    /// <summary>The member's role.</summary>
    public ProjectRole Role { get; set; }

    /// <summary>The share link the membership came through, or null for a direct membership.</summary>
    public Guid? ShareLinkId { get; set; }

    /// <summary>When the member was added (UTC).</summary>
    public DateTime AddedUtc { get; set; }

    /// <summary>The project (navigation).</summary>
    public Project? Project { get; set; }

    /// <summary>The share link (navigation).</summary>
    public ShareLink? ShareLink { get; set; }
}

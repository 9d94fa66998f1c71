namespace DesignStudio.Data.Access;

/// <summary>
/// A link that grants a role in a project to whoever opens it while signed in, until it expires or is revoked.
/// Only the SHA-256 hash of its token is stored: the token itself is shown once, when the link is created.
/// </summary>
public sealed class ShareLink
{
    /// <summary>Stable id.</summary>
    public Guid Id { get; set; }

    /// <summary>The project.</summary>
    public Guid ProjectId { get; set; }

    /// <summary>Hex SHA-256 of the token.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The role the link grants (never owner).</summary>
    public ProjectRole Role { get; set; }

    /// <summary>When the link was created (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>When the link stops working (UTC).</summary>
    public DateTime ExpiresUtc { get; set; }

    /// <summary>When an owner revoked the link (UTC), or null.</summary>
    public DateTime? RevokedUtc { get; set; }

    /// <summary>The user id of the owner who created it.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>Whether the link works at <paramref name="nowUtc"/>.</summary>
    public bool IsValidAt(DateTime nowUtc) => RevokedUtc is null && ExpiresUtc > nowUtc;
}

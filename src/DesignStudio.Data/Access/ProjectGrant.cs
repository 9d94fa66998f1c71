namespace DesignStudio.Data.Access;

/// <summary>
/// A user's current access to a project: the role, and when it ends by itself (the expiry of the share link it came
/// through; null for a direct membership).
/// </summary>
public sealed record ProjectGrant(ProjectRole Role, DateTime? ExpiresUtc);

namespace DesignStudio.Data.Access;

/// <summary>
/// Who may do what to a project. The store asks it on every read and write; other services (live co-editing,
/// comments) ask it before accepting an operation. Answers are computed from the database at the time of the call,
/// so a removed member, a revoked or an expired share link stops working at once.
/// </summary>
public interface IProjectAccess
{
    /// <summary>The user's role in the project now, or null when they have none (or the project does not exist).</summary>
    Task<ProjectRole?> GetRoleAsync(Guid projectId, string userId, CancellationToken cancellationToken = default);

    /// <summary>The user's role and when it ends by itself, or null when they have no access.</summary>
    Task<ProjectGrant?> GetGrantAsync(Guid projectId, string userId, CancellationToken cancellationToken = default);

    /// <summary>Whether the user may do <paramref name="permission"/> to the project now.</summary>
    Task<AccessDecision> CheckAsync(Guid projectId, string userId, ProjectPermission permission, CancellationToken cancellationToken = default);
}

using DesignStudio.Data.Access;

namespace DesignStudio.Web.Collaboration;

/// <summary>
/// Live co-editing's access rule, from the project's members and share links: reading needs viewer, editing needs
/// editor. Asked on every join and every operation, so a removed member stops at once.
/// </summary>
public sealed class ProjectDesignAccess(IProjectAccess access) : IDesignAccess
{
    /// <inheritdoc />
    public async ValueTask<bool> CanReadAsync(Guid projectId, string userId, CancellationToken cancellationToken = default) =>
        userId.Length > 0 && await access.CheckAsync(projectId, userId, ProjectPermission.View, cancellationToken) == AccessDecision.Allowed;

    /// <inheritdoc />
    public async ValueTask<bool> CanEditAsync(Guid projectId, string userId, CancellationToken cancellationToken = default) =>
        userId.Length > 0 && await access.CheckAsync(projectId, userId, ProjectPermission.Edit, cancellationToken) == AccessDecision.Allowed;
}

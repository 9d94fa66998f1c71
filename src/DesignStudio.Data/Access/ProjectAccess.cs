using Microsoft.EntityFrameworkCore;

namespace DesignStudio.Data.Access;

/// <summary>
/// Answers access questions from the members and share links in the database, at the time of the call (so there is
/// nothing to invalidate: a removed member or a revoked or expired link fails its very next check).
/// </summary>
public sealed class ProjectAccess(ProjectDatabase database, TimeProvider clock) : IProjectAccess
{
    /// <inheritdoc />
    public async Task<ProjectRole?> GetRoleAsync(Guid projectId, string userId, CancellationToken cancellationToken = default) =>
        (await GetGrantAsync(projectId, userId, cancellationToken))?.Role;

    /// <inheritdoc />
    public async Task<ProjectGrant?> GetGrantAsync(Guid projectId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await GrantAsync(db, projectId, userId, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<AccessDecision> CheckAsync(Guid projectId, string userId, ProjectPermission permission, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await CheckAsync(db, projectId, userId, permission, cancellationToken);
    }

    /// <summary>The check inside an open context (so a store call checks and writes in one unit of work).</summary>
    internal async Task<AccessDecision> CheckAsync(ProjectDbContext db, Guid projectId, string userId, ProjectPermission permission, CancellationToken cancellationToken)
    {
        var grant = await GrantAsync(db, projectId, userId, cancellationToken);
        if (grant is not null) return grant.Role >= ProjectRoles.Needed(permission) ? AccessDecision.Allowed : AccessDecision.Forbidden;
        return await db.Projects.AnyAsync(p => p.Id == projectId, cancellationToken) ? AccessDecision.Forbidden : AccessDecision.ProjectMissing;
    }

    internal async Task<ProjectGrant?> GrantAsync(ProjectDbContext db, Guid projectId, string userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userId)) return null;
        var member = await db.Members.AsNoTracking().Include(m => m.ShareLink)
            .SingleOrDefaultAsync(m => m.ProjectId == projectId && m.UserId == userId, cancellationToken);
        if (member is null) return null;
        if (member.ShareLink is not { } link) return new ProjectGrant(member.Role, null);
        return link.IsValidAt(Now()) ? new ProjectGrant(member.Role, link.ExpiresUtc) : null;
    }

    // Whole microseconds, as the store writes them (PostgreSQL keeps microseconds).
    internal DateTime Now()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % 10));
    }
}

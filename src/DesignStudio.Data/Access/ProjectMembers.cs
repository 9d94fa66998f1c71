using DesignStudio.Core.Diagnostics;
using DesignStudio.Data.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DesignStudio.Data.Access;

/// <summary>
/// A project's members: listed for any member, changed by owners only. A project always keeps at least one owner.
/// Every change is logged as activity and announced through <see cref="ProjectAccessEvents"/>.
/// </summary>
public sealed class ProjectMembers(ProjectDatabase database, ProjectAccess access, ActivityLog activity, ProjectAccessEvents events, ILogger logger)
{
    /// <summary>The members, owners first (any member may see who else is in the project).</summary>
    public async Task<StoreResult<IReadOnlyList<MemberSummary>>> ListAsync(string userId, Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var decision = await access.CheckAsync(db, projectId, userId, ProjectPermission.View, cancellationToken);
        if (decision != AccessDecision.Allowed) return new(null, AccessProblems.Refusal(decision, projectId, ProjectPermission.View));
        var now = access.Now();
        var rows = await (from m in db.Members.AsNoTracking().Include(m => m.ShareLink)
                          join u in db.Users on m.UserId equals u.Id
                          where m.ProjectId == projectId
                          select new { Member = m, u.UserName, u.Email }).ToListAsync(cancellationToken);
        IReadOnlyList<MemberSummary> members = [.. rows
            .Where(r => r.Member.ShareLink is null || r.Member.ShareLink.IsValidAt(now))
            .OrderByDescending(r => r.Member.Role).ThenBy(r => r.UserName, StringComparer.OrdinalIgnoreCase)
            .Select(r => new MemberSummary(r.Member.UserId, r.UserName ?? r.Member.UserId, r.Email, r.Member.Role, r.Member.ShareLinkId is not null, r.Member.AddedUtc))];
        return new(members, null);
    }

    /// <summary>
    /// Adds the account with user name or email <paramref name="userNameOrEmail"/> with <paramref name="role"/>, or sets
    /// the role of an existing member (owner only). The membership becomes direct.
    /// </summary>
    public async Task<StoreResult<MemberSummary>> AddOrSetAsync(string userId, Guid projectId, string userNameOrEmail, ProjectRole role, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var decision = await access.CheckAsync(db, projectId, userId, ProjectPermission.Manage, cancellationToken);
        if (decision != AccessDecision.Allowed) return new(null, AccessProblems.Refusal(decision, projectId, ProjectPermission.Manage));
        var key = (userNameOrEmail ?? "").Trim().ToUpperInvariant(); // Identity's default normalizer
        var user = key.Length == 0 ? null
            : await db.Users.Where(u => u.NormalizedUserName == key || u.NormalizedEmail == key).OrderBy(u => u.NormalizedUserName == key ? 0 : 1).FirstOrDefaultAsync(cancellationToken);
        if (user is null)
            return new(null, new Diagnostic(AccessProblems.UnknownUserCode, Severity.Error, "members/user", $"No account has the user name or email “{userNameOrEmail?.Trim()}”."));

        var now = access.Now();
        var member = await db.Members.SingleOrDefaultAsync(m => m.ProjectId == projectId && m.UserId == user.Id, cancellationToken);
        var wasActive = member is not null && (member.ShareLinkId is not { } linkId
            || await db.ShareLinks.AnyAsync(l => l.Id == linkId && l.RevokedUtc == null && l.ExpiresUtc > now, cancellationToken));
        if (member is not null && member.Role == ProjectRole.Owner && role != ProjectRole.Owner && await IsLastOwnerAsync(db, projectId, cancellationToken))
            return new(null, LastOwner(projectId));
        if (member is null)
        {
            member = new ProjectMember { ProjectId = projectId, UserId = user.Id, Role = role, AddedUtc = now };
            db.Members.Add(member);
        }
        else
        {
            member.Role = role;
            member.ShareLinkId = null;
        }
        var name = user.UserName ?? user.Id;
        await activity.AddAsync(db, projectId, userId, wasActive ? ActivityKind.MemberRoleChanged : ActivityKind.MemberAdded,
            wasActive ? $"Set {name}'s role to {role.Label()}" : $"Added {name} as {role.Label()}", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Project {ProjectId}: user {MemberId} is now {Role}", projectId, user.Id, role);
        events.Raise(new AccessChange(projectId, user.Id));
        return new(new MemberSummary(user.Id, name, user.Email, role, false, member.AddedUtc), null);
    }

    /// <summary>Removes a member (owner only); returns why not, or null.</summary>
    public async Task<Diagnostic?> RemoveAsync(string userId, Guid projectId, string memberUserId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var decision = await access.CheckAsync(db, projectId, userId, ProjectPermission.Manage, cancellationToken);
        if (decision != AccessDecision.Allowed) return AccessProblems.Refusal(decision, projectId, ProjectPermission.Manage);
        var member = await db.Members.SingleOrDefaultAsync(m => m.ProjectId == projectId && m.UserId == memberUserId, cancellationToken);
        if (member is null) return new Diagnostic(AccessProblems.NotAMemberCode, Severity.Error, "members/" + memberUserId, "That user is not a member of this project.");
        if (member.Role == ProjectRole.Owner && await IsLastOwnerAsync(db, projectId, cancellationToken)) return LastOwner(projectId);
        var name = await db.Users.Where(u => u.Id == memberUserId).Select(u => u.UserName).SingleOrDefaultAsync(cancellationToken) ?? memberUserId;
        db.Members.Remove(member);
        await activity.AddAsync(db, projectId, userId, ActivityKind.MemberRemoved, $"Removed {name} ({member.Role.Label()})", access.Now(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Project {ProjectId}: removed member {MemberId}", projectId, memberUserId);
        events.Raise(new AccessChange(projectId, memberUserId));
        return null;
    }

    private static async Task<bool> IsLastOwnerAsync(ProjectDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        await db.Members.CountAsync(m => m.ProjectId == projectId && m.Role == ProjectRole.Owner && m.ShareLinkId == null, cancellationToken) <= 1;

    private static Diagnostic LastOwner(Guid projectId) =>
        new(AccessProblems.LastOwnerCode, Severity.Error, "projects/" + projectId + "/members", "A project must keep at least one owner: make someone else owner first.");
}

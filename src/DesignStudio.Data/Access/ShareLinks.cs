using System.Security.Cryptography;
using System.Text;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Data.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DesignStudio.Data.Access;

/// <summary>
/// Share links: owners create, list and revoke them; a signed-in user who opens one becomes a member with its role for
/// as long as the link stays valid (<see cref="ProjectMember.ShareLinkId"/>). Tokens are 256 random bits; only their
/// SHA-256 hash is stored.
/// </summary>
public sealed class ShareLinks(ProjectDatabase database, ProjectAccess access, ActivityLog activity, ProjectAccessEvents events, ILogger logger)
{
    /// <summary>Creates a link granting <paramref name="role"/> until <paramref name="expiresUtc"/> (owner only).</summary>
    public async Task<StoreResult<CreatedShareLink>> CreateAsync(string userId, Guid projectId, ProjectRole role, DateTime expiresUtc, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var decision = await access.CheckAsync(db, projectId, userId, ProjectPermission.Manage, cancellationToken);
        if (decision != AccessDecision.Allowed) return new(null, AccessProblems.Refusal(decision, projectId, ProjectPermission.Manage));
        var now = access.Now();
        expiresUtc = expiresUtc.ToUniversalTime();
        if (role == ProjectRole.Owner || !Enum.IsDefined(role) || expiresUtc <= now)
            return new(null, new Diagnostic(AccessProblems.BadShareLinkCode, Severity.Error, "projects/" + projectId + "/share-links",
                "A share link grants viewer, commenter or editor and must expire in the future."));
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var link = new ShareLink
        {
            Id = Guid.CreateVersion7(), ProjectId = projectId, TokenHash = Hash(token), Role = role, CreatedUtc = now,
            ExpiresUtc = expiresUtc.AddTicks(-(expiresUtc.Ticks % 10)), CreatedBy = userId,
        };
        db.ShareLinks.Add(link);
        await activity.AddAsync(db, projectId, userId, ActivityKind.ShareLinkCreated,
            $"Created a {role.Label()} share link expiring {link.ExpiresUtc:yyyy-MM-dd HH:mm} UTC", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Project {ProjectId}: share link {LinkId} ({Role}) created", projectId, link.Id, role);
        return new(new CreatedShareLink(Summary(link, now), token), null);
    }

    /// <summary>The project's links, newest first (owner only).</summary>
    public async Task<StoreResult<IReadOnlyList<ShareLinkSummary>>> ListAsync(string userId, Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var decision = await access.CheckAsync(db, projectId, userId, ProjectPermission.Manage, cancellationToken);
        if (decision != AccessDecision.Allowed) return new(null, AccessProblems.Refusal(decision, projectId, ProjectPermission.Manage));
        var now = access.Now();
        var links = await db.ShareLinks.AsNoTracking().Where(l => l.ProjectId == projectId).ToListAsync(cancellationToken);
        IReadOnlyList<ShareLinkSummary> summaries = [.. links.OrderByDescending(l => l.CreatedUtc).Select(l => Summary(l, now))];
        return new(summaries, null);
    }

    /// <summary>Revokes a link (owner only): everyone who joined through it loses access at once. Returns why not, or null.</summary>
    public async Task<Diagnostic?> RevokeAsync(string userId, Guid projectId, Guid linkId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var decision = await access.CheckAsync(db, projectId, userId, ProjectPermission.Manage, cancellationToken);
        if (decision != AccessDecision.Allowed) return AccessProblems.Refusal(decision, projectId, ProjectPermission.Manage);
        var link = await db.ShareLinks.SingleOrDefaultAsync(l => l.Id == linkId && l.ProjectId == projectId, cancellationToken);
        if (link is null) return Invalid();
        if (link.RevokedUtc is null)
        {
            var now = access.Now();
            link.RevokedUtc = now;
            await activity.AddAsync(db, projectId, userId, ActivityKind.ShareLinkRevoked, $"Revoked a {link.Role.Label()} share link", now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Project {ProjectId}: share link {LinkId} revoked", projectId, linkId);
        }
        events.Raise(new AccessChange(projectId, null));
        return null;
    }

    /// <summary>
    /// Opens a link as <paramref name="userId"/>: a non-member becomes a member with the link's role (for as long as the
    /// link is valid); a member who joined through another link moves to this one; a direct member keeps their role.
    /// </summary>
    public async Task<StoreResult<ProjectSummary>> RedeemAsync(string userId, string token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrWhiteSpace(token) || token.Length > 200) return new(null, Invalid());
        await using var db = database.CreateContext();
        var hash = Hash(token.Trim());
        var link = await db.ShareLinks.SingleOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        var now = access.Now();
        if (link is null || !link.IsValidAt(now)) return new(null, Invalid());
        var project = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == link.ProjectId, cancellationToken);
        var member = await db.Members.SingleOrDefaultAsync(m => m.ProjectId == link.ProjectId && m.UserId == userId, cancellationToken);
        // A direct member keeps their role; opening the same link again changes nothing.
        var unchanged = member is not null && (member.ShareLinkId is null || member.ShareLinkId == link.Id);
        if (!unchanged)
        {
            if (member is null)
            {
                db.Members.Add(new ProjectMember { ProjectId = link.ProjectId, UserId = userId, Role = link.Role, ShareLinkId = link.Id, AddedUtc = now });
            }
            else
            {
                member.Role = link.Role;
                member.ShareLinkId = link.Id;
                member.AddedUtc = now;
            }
            await activity.AddAsync(db, link.ProjectId, userId, ActivityKind.ShareLinkUsed, $"Joined as {link.Role.Label()} through a share link", now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Project {ProjectId}: user {UserId} joined through share link {LinkId}", link.ProjectId, userId, link.Id);
            events.Raise(new AccessChange(link.ProjectId, userId));
        }
        return new(new ProjectSummary(project.Id, project.Name, project.CreatedUtc, project.UpdatedUtc), null);
    }

    /// <summary>Hex SHA-256 of a token (what the store keeps).</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static ShareLinkSummary Summary(ShareLink link, DateTime now) =>
        new(link.Id, link.Role, link.CreatedUtc, link.ExpiresUtc, link.RevokedUtc, link.IsValidAt(now));

    private static Diagnostic Invalid() => new(AccessProblems.InvalidShareLinkCode, Severity.Error, "share-link",
        "This share link does not work: it has expired, was revoked, or never existed. Ask a project owner for a new one.");

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

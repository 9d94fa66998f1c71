using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Data.Access;
using DesignStudio.Data.Activity;
using DesignStudio.Data.Collaboration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DesignStudio.Data;

/// <summary>
/// Projects and their designs. Every call names its caller (a user id) and is authorized here, not in the UI:
/// listing shows the caller's projects; loading needs viewer, saving editor, rename and delete owner (see
/// <see cref="ProjectAccess"/>); a refusal is a result (<see cref="AccessProblems.ForbiddenCode"/>,
/// <see cref="SaveResult.Forbidden"/>), not an exception. Every call uses its own short-lived context. Saves are
/// optimistic: the caller names the version it loaded, and a save based on an older version is refused with
/// <see cref="SaveResult.Conflict"/> — checked before writing and enforced by the version concurrency token, so two
/// racing saves cannot both win. Changes are written to the activity log in the same unit of work.
/// </summary>
public sealed class ProjectStore
{
    /// <summary>Longest project name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Project name is empty.</summary>
    public const string EmptyNameCode = "PS001";
    /// <summary>Project name is too long.</summary>
    public const string LongNameCode = "PS002";
    /// <summary>Project does not exist.</summary>
    public const string MissingProjectCode = "PS003";

    private readonly ProjectDatabase database;
    private readonly TimeProvider clock;
    private readonly ILogger<ProjectStore> logger;

    /// <summary>A store over <paramref name="database"/>, with its access rules, members, share links and activity log.</summary>
    public ProjectStore(ProjectDatabase database, TimeProvider clock, ILogger<ProjectStore> logger)
    {
        this.database = database;
        this.clock = clock;
        this.logger = logger;
        Access = new ProjectAccess(database, clock);
        Activity = new ActivityLog(database, Access);
        Members = new ProjectMembers(database, Access, Activity, Events, logger);
        ShareLinks = new ShareLinks(database, Access, Activity, Events, logger);
    }

    /// <summary>Who may do what (also for other services: live co-editing, comments).</summary>
    public ProjectAccess Access { get; }

    /// <summary>Announces access changes to open pages.</summary>
    public ProjectAccessEvents Events { get; } = new();

    /// <summary>Project members.</summary>
    public ProjectMembers Members { get; }

    /// <summary>Share links.</summary>
    public ShareLinks ShareLinks { get; }

    /// <summary>The activity log.</summary>
    public ActivityLog Activity { get; }

    /// <summary>Why <paramref name="name"/> cannot name a project, or null when it can.</summary>
    public static Diagnostic? CheckName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return new(EmptyNameCode, Severity.Error, "project/name", "The project name must not be empty.");
        return name.Trim().Length > MaxNameLength
            ? new(LongNameCode, Severity.Error, "project/name", $"The project name must be at most {MaxNameLength} characters.")
            : null;
    }

    /// <summary>The projects the caller can open (with the caller's role), most recently changed first.</summary>
    public async Task<IReadOnlyList<ProjectSummary>> ListProjectsAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var now = Now();
        var rows = await db.Members.AsNoTracking()
            .Where(m => m.UserId == userId && (m.ShareLinkId == null || (m.ShareLink!.RevokedUtc == null && m.ShareLink.ExpiresUtc > now)))
            .Select(m => new { m.Project!.Id, m.Project.Name, m.Project.CreatedUtc, m.Project.UpdatedUtc, m.Role })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(p => p.UpdatedUtc).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new ProjectSummary(p.Id, p.Name, p.CreatedUtc, p.UpdatedUtc, p.Role))];
    }

    /// <summary>Creates a project holding <paramref name="design"/> as version 1, with the caller as its owner.</summary>
    public async Task<StoreResult<ProjectSummary>> CreateProjectAsync(string userId, string name, Design design, string? author = null, CancellationToken cancellationToken = default)
    {
        if (CheckName(name) is { } problem) return new(null, problem);
        await using var db = database.CreateContext();
        if (string.IsNullOrEmpty(userId) || !await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
            return new(null, new Diagnostic(AccessProblems.ForbiddenCode, Severity.Error, "projects", "Sign in to create projects."));
        var now = Now();
        var project = new Project
        {
            Id = Guid.CreateVersion7(), Name = name.Trim(), CreatedUtc = now, UpdatedUtc = now,
            Document = new DesignDocument { Json = DesignSerializer.Serialize(design), Version = 1, UpdatedUtc = now, UpdatedBy = author },
        };
        db.Projects.Add(project);
        db.Members.Add(new ProjectMember { ProjectId = project.Id, UserId = userId, Role = ProjectRole.Owner, AddedUtc = now });
        await Activity.AddAsync(db, project.Id, userId, ActivityKind.ProjectCreated, $"Created the project “{project.Name}” with {design.Tables.Count} tables", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Created project {ProjectId} with {TableCount} tables", project.Id, design.Tables.Count);
        return new(new ProjectSummary(project.Id, project.Name, now, now, ProjectRole.Owner), null);
    }

    /// <summary>Renames a project (owner only); returns why it could not, or null.</summary>
    public async Task<Diagnostic?> RenameProjectAsync(string userId, Guid projectId, string name, CancellationToken cancellationToken = default)
    {
        if (CheckName(name) is { } problem) return problem;
        await using var db = database.CreateContext();
        var decision = await Access.CheckAsync(db, projectId, userId, ProjectPermission.Manage, cancellationToken);
        if (decision != AccessDecision.Allowed) return AccessProblems.Refusal(decision, projectId, ProjectPermission.Manage);
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null) return AccessProblems.Missing(projectId);
        var old = project.Name;
        project.Name = name.Trim();
        project.UpdatedUtc = Now();
        await Activity.AddAsync(db, projectId, userId, ActivityKind.ProjectRenamed, $"Renamed the project from “{old}” to “{project.Name}”", project.UpdatedUtc, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Renamed project {ProjectId}", projectId);
        return null;
    }

    /// <summary>Deletes a project with its design, members and links (owner only); returns why it could not, or null.</summary>
    public async Task<Diagnostic?> DeleteProjectAsync(string userId, Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var decision = await Access.CheckAsync(db, projectId, userId, ProjectPermission.Manage, cancellationToken);
        if (decision != AccessDecision.Allowed) return AccessProblems.Refusal(decision, projectId, ProjectPermission.Manage);
        var project = await db.Projects.Include(p => p.Document).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null) return AccessProblems.Missing(projectId);
        db.Projects.Remove(project);
        await Activity.AddAsync(db, projectId, userId, ActivityKind.ProjectDeleted, $"Deleted the project “{project.Name}”", Now(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Deleted project {ProjectId}", projectId);
        Events.Raise(new AccessChange(projectId, null));
        return null;
    }

    /// <summary>The project's design and its version (viewer and up), or why not (missing or forbidden).</summary>
    public async Task<StoreResult<StoredDesign>> LoadDesignAsync(string userId, Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var grant = await Access.GrantAsync(db, projectId, userId, cancellationToken);
        var project = await db.Projects.AsNoTracking().Include(p => p.Document).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project?.Document is not { } document) return new(null, AccessProblems.Missing(projectId));
        if (grant is null) return new(null, AccessProblems.Forbidden(projectId, ProjectPermission.View));
        // The document is a snapshot: live operations logged after it complete the current design.
        var (design, _) = await LogReplay.CurrentAsync(db, projectId, DesignSerializer.Deserialize(document.Json), document.Sequence, logger, cancellationToken);
        return new(new StoredDesign(new ProjectSummary(project.Id, project.Name, project.CreatedUtc, project.UpdatedUtc, grant.Role),
            design, document.Version, document.UpdatedUtc, document.UpdatedBy), null);
    }

    /// <summary>
    /// The caller's role and the stored document's version (viewer and up) without reading the design, or why not
    /// (missing or forbidden): for a page that gets the design itself from the live session. Loading a 300-table design
    /// costs about 150 ms of CPU; this is two small queries.
    /// </summary>
    public async Task<StoreResult<DocumentAccess>> LoadDocumentAccessAsync(string userId, Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var grant = await Access.GrantAsync(db, projectId, userId, cancellationToken);
        var version = await db.Projects.AsNoTracking().Where(p => p.Id == projectId && p.Document != null)
            .Select(p => (int?)p.Document!.Version).SingleOrDefaultAsync(cancellationToken);
        if (version is not { } v) return new(null, AccessProblems.Missing(projectId));
        if (grant is null) return new(null, AccessProblems.Forbidden(projectId, ProjectPermission.View));
        return new(new DocumentAccess(grant.Role, v), null);
    }

    /// <summary>
    /// Saves <paramref name="design"/> (editor and up) if the stored version is still <paramref name="expectedVersion"/>;
    /// otherwise writes nothing and reports the newer version. <paramref name="summary"/> (e.g. the kinds of operation
    /// applied) goes into the activity log.
    /// </summary>
    public async Task<SaveResult> SaveDesignAsync(string userId, Guid projectId, Design design, int expectedVersion, string? author = null,
        string? summary = null, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TrySaveDesignAsync(userId, projectId, design, expectedVersion, author, summary, cancellationToken);
            }
            catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && attempt < 5)
            {
                // A live operation took the log sequence this save was about to take: nothing was written; again.
            }
        }
    }

    private async Task<SaveResult> TrySaveDesignAsync(string userId, Guid projectId, Design design, int expectedVersion, string? author,
        string? summary, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var decision = await Access.CheckAsync(db, projectId, userId, ProjectPermission.Edit, cancellationToken);
        if (decision == AccessDecision.Forbidden) return new SaveResult.Forbidden();
        var project = await db.Projects.Include(p => p.Document).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project?.Document is not { } document) return new SaveResult.ProjectMissing();
        if (document.Version != expectedVersion) return Conflict(projectId, expectedVersion, document);

        var now = Now();
        document.Json = DesignSerializer.Serialize(design);
        document.Version = expectedVersion + 1;
        // A whole-design write takes the next log sequence, so open live sessions see it moved on and reload.
        await DesignReplacement.MarkAsync(db, document, userId, now, cancellationToken);
        document.UpdatedUtc = now;
        document.UpdatedBy = author;
        project.UpdatedUtc = now;
        await Activity.AddSaveAsync(db, projectId, userId, document.Version, summary, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: the token made our UPDATE match no row.
            await using var fresh = database.CreateContext();
            var current = await fresh.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.ProjectId == projectId, cancellationToken);
            return current is null ? new SaveResult.ProjectMissing() : Conflict(projectId, expectedVersion, current);
        }
        logger.LogDebug("Saved project {ProjectId} design as version {Version}", projectId, document.Version);
        return new SaveResult.Saved(document.Version, now);
    }

    /// <summary>
    /// Makes <paramref name="userId"/> owner of every project that has no owner (projects made before accounts existed);
    /// the first account registered calls this. Returns how many projects it adopted.
    /// </summary>
    public async Task<int> AdoptProjectsWithoutOwnerAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var orphans = await db.Projects.Where(p => !db.Members.Any(m => m.ProjectId == p.Id && m.Role == ProjectRole.Owner && m.ShareLinkId == null))
            .Select(p => p.Id).ToListAsync(cancellationToken);
        if (orphans.Count == 0) return 0;
        var now = Now();
        var existing = await db.Members.Where(m => orphans.Contains(m.ProjectId) && m.UserId == userId).ToListAsync(cancellationToken);
        db.Members.RemoveRange(existing);
        foreach (var id in orphans)
        {
            db.Members.Add(new ProjectMember { ProjectId = id, UserId = userId, Role = ProjectRole.Owner, AddedUtc = now });
            await Activity.AddAsync(db, id, userId, ActivityKind.MemberAdded, "Became owner of this project, which had none", now, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("User {UserId} adopted {Count} projects without an owner", userId, orphans.Count);
        return orphans.Count;
    }

    /// <summary>Whether the store answers (health check).</summary>
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Database.CanConnectAsync(cancellationToken);
    }

    private SaveResult.Conflict Conflict(Guid projectId, int expectedVersion, DesignDocument current)
    {
        logger.LogInformation("Refused stale save of project {ProjectId}: expected version {ExpectedVersion}, stored {StoredVersion}",
            projectId, expectedVersion, current.Version);
        return new SaveResult.Conflict(current.Version, current.UpdatedBy, current.UpdatedUtc);
    }

    // Whole microseconds: PostgreSQL keeps microseconds, so a stored time reads back exactly as written.
    private DateTime Now()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % 10));
    }
}

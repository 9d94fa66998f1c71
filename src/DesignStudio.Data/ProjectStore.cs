using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DesignStudio.Data;

/// <summary>
/// Projects and their designs. Every call uses its own short-lived context. Saves are optimistic: the caller names
/// the version it loaded, and a save based on an older version is refused with <see cref="SaveResult.Conflict"/> —
/// checked before writing and enforced by the version concurrency token, so two racing saves cannot both win.
/// </summary>
public sealed class ProjectStore(ProjectDatabase database, TimeProvider clock, ILogger<ProjectStore> logger)
{
    /// <summary>Longest project name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Project name is empty.</summary>
    public const string EmptyNameCode = "PS001";
    /// <summary>Project name is too long.</summary>
    public const string LongNameCode = "PS002";
    /// <summary>Project does not exist.</summary>
    public const string MissingProjectCode = "PS003";

    /// <summary>Why <paramref name="name"/> cannot name a project, or null when it can.</summary>
    public static Diagnostic? CheckName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return new(EmptyNameCode, Severity.Error, "project/name", "The project name must not be empty.");
        return name.Trim().Length > MaxNameLength
            ? new(LongNameCode, Severity.Error, "project/name", $"The project name must be at most {MaxNameLength} characters.")
            : null;
    }

    /// <summary>All projects, most recently changed first.</summary>
    public async Task<IReadOnlyList<ProjectSummary>> ListProjectsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var projects = await db.Projects.AsNoTracking().OrderByDescending(p => p.UpdatedUtc).ThenBy(p => p.Name)
            .Select(p => new ProjectSummary(p.Id, p.Name, p.CreatedUtc, p.UpdatedUtc)).ToListAsync(cancellationToken);
        return projects;
    }

    /// <summary>Creates a project holding <paramref name="design"/> as version 1.</summary>
    public async Task<StoreResult<ProjectSummary>> CreateProjectAsync(string name, Design design, string? author = null, CancellationToken cancellationToken = default)
    {
        if (CheckName(name) is { } problem) return new(null, problem);
        var now = Now();
        var project = new Project
        {
            Id = Guid.CreateVersion7(), Name = name.Trim(), CreatedUtc = now, UpdatedUtc = now,
            Document = new DesignDocument { Json = DesignSerializer.Serialize(design), Version = 1, UpdatedUtc = now, UpdatedBy = author },
        };
        await using var db = database.CreateContext();
        db.Projects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Created project {ProjectId} with {TableCount} tables", project.Id, design.Tables.Count);
        return new(new ProjectSummary(project.Id, project.Name, now, now), null);
    }

    /// <summary>Renames a project; returns why it could not, or null.</summary>
    public async Task<Diagnostic?> RenameProjectAsync(Guid projectId, string name, CancellationToken cancellationToken = default)
    {
        if (CheckName(name) is { } problem) return problem;
        await using var db = database.CreateContext();
        var changed = await db.Projects.Where(p => p.Id == projectId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, name.Trim()).SetProperty(p => p.UpdatedUtc, Now()), cancellationToken);
        if (changed == 0) return Missing(projectId);
        logger.LogInformation("Renamed project {ProjectId}", projectId);
        return null;
    }

    /// <summary>Deletes a project and its design; false when it did not exist.</summary>
    public async Task<bool> DeleteProjectAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var project = await db.Projects.Include(p => p.Document).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null) return false;
        db.Projects.Remove(project);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Deleted project {ProjectId}", projectId);
        return true;
    }

    /// <summary>The project's design and its version, or null when the project does not exist.</summary>
    public async Task<StoredDesign?> LoadDesignAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var project = await db.Projects.AsNoTracking().Include(p => p.Document).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project?.Document is not { } document) return null;
        return new StoredDesign(new ProjectSummary(project.Id, project.Name, project.CreatedUtc, project.UpdatedUtc),
            DesignSerializer.Deserialize(document.Json), document.Version, document.UpdatedUtc, document.UpdatedBy);
    }

    /// <summary>
    /// Saves <paramref name="design"/> if the stored version is still <paramref name="expectedVersion"/>; otherwise
    /// writes nothing and reports the newer version.
    /// </summary>
    public async Task<SaveResult> SaveDesignAsync(Guid projectId, Design design, int expectedVersion, string? author = null, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var project = await db.Projects.Include(p => p.Document).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project?.Document is not { } document) return new SaveResult.ProjectMissing();
        if (document.Version != expectedVersion) return Conflict(projectId, expectedVersion, document);

        var now = Now();
        document.Json = DesignSerializer.Serialize(design);
        document.Version = expectedVersion + 1;
        document.UpdatedUtc = now;
        document.UpdatedBy = author;
        project.UpdatedUtc = now;
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

    private static Diagnostic Missing(Guid projectId) =>
        new(MissingProjectCode, Severity.Error, "projects/" + projectId, "The project no longer exists.");

    // Whole microseconds: PostgreSQL keeps microseconds, so a stored time reads back exactly as written.
    private DateTime Now()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % 10));
    }
}

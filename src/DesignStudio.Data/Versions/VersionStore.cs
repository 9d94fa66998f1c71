using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Data.Access;
using DesignStudio.Data.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DesignStudio.Data.Versions;

/// <summary>
/// Committed versions of a project's design, their tags, restores and saved migration scripts. Versions are only ever
/// inserted: nothing here updates a version row (tags are separate rows, a restore commits a new version).
/// Every call checks the caller's role first, in the same context as its read or write: reading versions and saved
/// scripts needs viewer, committing, tagging, restoring and saving scripts need editor. A refusal is a result with
/// <see cref="AccessProblems.ForbiddenCode"/> (or <see cref="SaveResult.Forbidden"/> for a restore) and changes nothing.
/// Every committed change to the history (a commit, a restore, a tag added or removed) is then announced on
/// <see cref="VersionEvents"/>, so open pages' version history updates live.
/// </summary>
public sealed class VersionStore
{
    private const int NumberRetries = 5;

    private readonly ProjectDatabase database;
    private readonly TimeProvider clock;
    private readonly ILogger<VersionStore> logger;
    private readonly ProjectAccess access;
    private readonly ActivityLog activity;
    private readonly VersionEvents events;

    /// <summary>A version store over <paramref name="database"/>, with the same access rules as the project store; nobody listens to its changes.</summary>
    public VersionStore(ProjectDatabase database, TimeProvider clock, ILogger<VersionStore> logger)
        : this(database, clock, new VersionEvents(), logger)
    {
    }

    /// <summary>A version store over <paramref name="database"/> that announces its changes on <paramref name="events"/>.</summary>
    public VersionStore(ProjectDatabase database, TimeProvider clock, VersionEvents events, ILogger<VersionStore> logger)
    {
        this.database = database;
        this.events = events;
        this.clock = clock;
        this.logger = logger;
        access = new ProjectAccess(database, clock);
        activity = new ActivityLog(database, access);
    }

    /// <summary>Commits <paramref name="design"/> as the project's next version.</summary>
    public async Task<StoreResult<VersionSummary>> CommitVersionAsync(string userId, Guid projectId, Design design, string name, string? message = null,
        string? author = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(design);
        var json = DesignSerializer.Serialize(design);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = database.CreateContext();
            if (await RefusalAsync(db, projectId, userId, ProjectPermission.Edit, cancellationToken) is { } refusal) return new(null, refusal);
            if (CheckName(name) is { } problem) return new(null, problem);
            var version = await NewVersionAsync(db, projectId, name.Trim(), Blank(message), author, json, null, cancellationToken);
            await activity.AddAsync(db, projectId, userId, ActivityKind.VersionCommitted, $"Committed version {version.Number} “{version.Name}”", version.CreatedUtc, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Committed version {Number} of project {ProjectId}", version.Number, projectId);
                events.Raise(new VersionChange(projectId, version.Number, VersionChangeKind.Committed));
                return new(Summary(version, []), null);
            }
            catch (DbUpdateException) when (attempt < NumberRetries)
            {
                // Another commit took the number between our read and our insert (unique index): take the next one.
            }
        }
    }

    /// <summary>The project's versions, newest first, with their tags.</summary>
    public async Task<StoreResult<IReadOnlyList<VersionSummary>>> ListVersionsAsync(string userId, Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        if (await RefusalAsync(db, projectId, userId, ProjectPermission.View, cancellationToken) is { } refusal) return new(null, refusal);
        var rows = await db.Versions.AsNoTracking().Where(v => v.ProjectId == projectId).OrderByDescending(v => v.Number)
            .Select(v => new { v.Id, v.Number, v.Name, v.Message, v.Author, v.CreatedUtc, v.RestoredFrom }).ToListAsync(cancellationToken);
        var tags = await TagsAsync(db, projectId, cancellationToken);
        return new(rows.Select(v => new VersionSummary(v.Number, v.Name, v.Message, v.Author, v.CreatedUtc,
            tags.TryGetValue(v.Id, out var t) ? t : [], v.RestoredFrom)).ToList(), null);
    }

    /// <summary>Version <paramref name="number"/> with its design; <see cref="VersionCodes.MissingVersion"/> when there is none.</summary>
    public async Task<StoreResult<StoredVersion>> LoadVersionAsync(string userId, Guid projectId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        if (await RefusalAsync(db, projectId, userId, ProjectPermission.View, cancellationToken) is { } refusal) return new(null, refusal);
        var version = await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.ProjectId == projectId && v.Number == number, cancellationToken);
        if (version is null) return new(null, MissingVersion(number));
        var tags = await db.VersionTags.AsNoTracking().Where(t => t.VersionId == version.Id).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(cancellationToken);
        return new(new StoredVersion(Summary(version, tags), DesignSerializer.Deserialize(version.Json)), null);
    }

    /// <summary>Puts <paramref name="tag"/> on version <paramref name="number"/>; returns why it could not, or null.</summary>
    public async Task<Diagnostic?> TagVersionAsync(string userId, Guid projectId, int number, string tag, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        if (await RefusalAsync(db, projectId, userId, ProjectPermission.Edit, cancellationToken) is { } refusal) return refusal;
        var text = tag?.Trim() ?? "";
        if (text.Length == 0 || text.Length > VersionModel.MaxTagLength)
        {
            return new(VersionCodes.BadTag, Severity.Error, "version/tag", $"A tag must have 1 to {VersionModel.MaxTagLength} characters.");
        }
        var version = await db.Versions.AsNoTracking().Where(v => v.ProjectId == projectId && v.Number == number)
            .Select(v => new { v.Id }).SingleOrDefaultAsync(cancellationToken);
        if (version is null) return MissingVersion(number);
        var existing = await db.VersionTags.AsNoTracking().SingleOrDefaultAsync(t => t.ProjectId == projectId && t.Name == text, cancellationToken);
        if (existing is not null)
        {
            if (existing.VersionId == version.Id) return null;
            var other = await db.Versions.AsNoTracking().Where(v => v.Id == existing.VersionId).Select(v => v.Number).SingleAsync(cancellationToken);
            return new(VersionCodes.TagInUse, Severity.Error, "version/tag", $"The tag '{text}' is already on version {other}; remove it there first.");
        }
        var now = Now();
        db.VersionTags.Add(new DesignVersionTag { ProjectId = projectId, Name = text, VersionId = version.Id, CreatedUtc = now });
        await activity.AddAsync(db, projectId, userId, ActivityKind.VersionTagged, $"Tagged version {number} “{text}”", now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return new(VersionCodes.TagInUse, Severity.Error, "version/tag", $"The tag '{text}' was just set by someone else.");
        }
        logger.LogInformation("Tagged version {Number} of project {ProjectId}", number, projectId);
        events.Raise(new VersionChange(projectId, number, VersionChangeKind.Tagged));
        return null;
    }

    /// <summary>
    /// Removes <paramref name="tag"/> from the project; <see cref="VersionCodes.MissingTag"/> when it was not set, an
    /// access refusal when the caller may not edit, null when it was removed.
    /// </summary>
    public async Task<Diagnostic?> UntagAsync(string userId, Guid projectId, string tag, CancellationToken cancellationToken = default)
    {
        var text = tag?.Trim() ?? "";
        await using var db = database.CreateContext();
        if (await RefusalAsync(db, projectId, userId, ProjectPermission.Edit, cancellationToken) is { } refusal) return refusal;
        var row = await db.VersionTags.SingleOrDefaultAsync(t => t.ProjectId == projectId && t.Name == text, cancellationToken);
        if (row is null) return new(VersionCodes.MissingTag, Severity.Error, "version/tag", $"The tag '{text}' is not set.");
        var number = await db.Versions.AsNoTracking().Where(v => v.Id == row.VersionId).Select(v => v.Number).SingleAsync(cancellationToken);
        db.VersionTags.Remove(row);
        await activity.AddAsync(db, projectId, userId, ActivityKind.VersionTagged, $"Removed the tag “{text}” from version {number}", Now(), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone removed it between our read and our delete: it is not set either way.
            return new(VersionCodes.MissingTag, Severity.Error, "version/tag", $"The tag '{text}' is not set.");
        }
        events.Raise(new VersionChange(projectId, number, VersionChangeKind.Untagged));
        return null;
    }

    /// <summary>
    /// Makes version <paramref name="number"/>'s content the working design (if the working design is still
    /// <paramref name="expectedDocumentVersion"/>) and records it as a new version "Restored from vN" — one transaction.
    /// </summary>
    public async Task<RestoreResult> RestoreVersionAsync(string userId, Guid projectId, int number, int expectedDocumentVersion, string? author = null,
        CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = database.CreateContext();
            var decision = await access.CheckAsync(db, projectId, userId, ProjectPermission.Edit, cancellationToken);
            if (decision == AccessDecision.Forbidden) return new(new SaveResult.Forbidden(), null, AccessProblems.Forbidden(projectId, ProjectPermission.Edit));
            if (decision == AccessDecision.ProjectMissing) return new(new SaveResult.ProjectMissing(), null, null);
            var source = await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.ProjectId == projectId && v.Number == number, cancellationToken);
            if (source is null) return new(null, null, MissingVersion(number));
            var project = await db.Projects.Include(p => p.Document).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
            if (project?.Document is not { } document) return new(new SaveResult.ProjectMissing(), null, null);
            if (document.Version != expectedDocumentVersion)
            {
                return new(new SaveResult.Conflict(document.Version, document.UpdatedBy, document.UpdatedUtc), null, null);
            }
            var now = Now();
            document.Json = source.Json;
            document.Version = expectedDocumentVersion + 1;
            // Take the next log sequence: an open live session reloads instead of writing over the restore.
            await DesignStudio.Data.Collaboration.DesignReplacement.MarkAsync(db, document, userId, now, cancellationToken);
            document.UpdatedUtc = now;
            document.UpdatedBy = author;
            project.UpdatedUtc = now;
            var version = await NewVersionAsync(db, projectId, $"Restored from v{number}", null, author, source.Json, number, cancellationToken);
            await activity.AddAsync(db, projectId, userId, ActivityKind.VersionRestored,
                $"Restored version {number} as version {version.Number} (design version {document.Version})", now, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new(new SaveResult.Conflict(expectedDocumentVersion + 1, null, now), null, null);
            }
            catch (DbUpdateException) when (attempt < NumberRetries)
            {
                continue; // a concurrent commit took the version number: nothing was written, try again
            }
            logger.LogInformation("Restored version {Number} of project {ProjectId} as version {NewNumber}", number, projectId, version.Number);
            events.Raise(new VersionChange(projectId, version.Number, VersionChangeKind.Restored));
            return new(new SaveResult.Saved(document.Version, now), Summary(version, []), null);
        }
    }

    /// <summary>Saves migration scripts with their version pair.</summary>
    public async Task<StoreResult<SavedMigrationSummary>> SaveMigrationAsync(string userId, Guid projectId, NewSavedMigration scripts, string? author = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        await using var db = database.CreateContext();
        if (await RefusalAsync(db, projectId, userId, ProjectPermission.Edit, cancellationToken) is { } refusal) return new(null, refusal);
        if (string.IsNullOrWhiteSpace(scripts.Dialect) || string.IsNullOrWhiteSpace(scripts.Convention) || string.IsNullOrWhiteSpace(scripts.Up))
        {
            return new(null, new(VersionCodes.BadMigration, Severity.Error, "migration", "Saved scripts need a dialect, a convention and an up script."));
        }
        var numbers = new[] { scripts.FromVersion, scripts.ToVersion ?? scripts.FromVersion };
        var found = await db.Versions.AsNoTracking().Where(v => v.ProjectId == projectId && numbers.Contains(v.Number)).Select(v => v.Number).ToListAsync(cancellationToken);
        if (numbers.FirstOrDefault(n => !found.Contains(n)) is var missing && missing != 0) return new(null, MissingVersion(missing));
        var row = new SavedMigration
        {
            Id = Guid.CreateVersion7(), ProjectId = projectId, FromVersion = scripts.FromVersion, ToVersion = scripts.ToVersion,
            Dialect = scripts.Dialect, Convention = scripts.Convention, Up = scripts.Up, Down = scripts.Down, Author = author, CreatedUtc = Now(),
        };
        db.SavedMigrations.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Saved {Dialect} migration v{From} to {To} of project {ProjectId}", row.Dialect, row.FromVersion,
            row.ToVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "working design", projectId);
        return new(Summary(row), null);
    }

    /// <summary>The project's saved migration scripts, newest first.</summary>
    public async Task<StoreResult<IReadOnlyList<SavedMigrationSummary>>> ListMigrationsAsync(string userId, Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        if (await RefusalAsync(db, projectId, userId, ProjectPermission.View, cancellationToken) is { } refusal) return new(null, refusal);
        var rows = await db.SavedMigrations.AsNoTracking().Where(m => m.ProjectId == projectId).ToListAsync(cancellationToken);
        return new(rows.OrderByDescending(m => m.CreatedUtc).ThenByDescending(m => m.Id).Select(Summary).ToList(), null);
    }

    /// <summary>Why <paramref name="name"/> cannot name a version, or null when it can.</summary>
    public static Diagnostic? CheckName(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > VersionModel.MaxNameLength
            ? new(VersionCodes.BadName, Severity.Error, "version/name", $"A version name must have 1 to {VersionModel.MaxNameLength} characters.")
            : null;

    private async Task<DesignVersion> NewVersionAsync(ProjectDbContext db, Guid projectId, string name, string? message, string? author,
        string json, int? restoredFrom, CancellationToken cancellationToken)
    {
        var last = await db.Versions.Where(v => v.ProjectId == projectId).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        var version = new DesignVersion
        {
            Id = Guid.CreateVersion7(), ProjectId = projectId, Number = last + 1, Name = name, Message = message, Author = author,
            CreatedUtc = Now(), Json = json, RestoredFrom = restoredFrom,
        };
        db.Versions.Add(version);
        return version;
    }

    private static async Task<Dictionary<Guid, IReadOnlyList<string>>> TagsAsync(ProjectDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        var tags = await db.VersionTags.AsNoTracking().Where(t => t.ProjectId == projectId).ToListAsync(cancellationToken);
        return tags.GroupBy(t => t.VersionId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(t => t.Name).Order(StringComparer.Ordinal).ToList());
    }

    private static VersionSummary Summary(DesignVersion v, IReadOnlyList<string> tags) =>
        new(v.Number, v.Name, v.Message, v.Author, v.CreatedUtc, tags, v.RestoredFrom);

    private static SavedMigrationSummary Summary(SavedMigration m) =>
        new(m.Id, m.FromVersion, m.ToVersion, m.Dialect, m.Convention, m.Up, m.Down, m.Author, m.CreatedUtc);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // Null when allowed; otherwise the store's usual refusal (missing project or forbidden), checked in the caller's context.
    private async Task<Diagnostic?> RefusalAsync(ProjectDbContext db, Guid projectId, string userId, ProjectPermission permission, CancellationToken cancellationToken)
    {
        var decision = await access.CheckAsync(db, projectId, userId, permission, cancellationToken);
        return decision switch
        {
            AccessDecision.Allowed => null,
            AccessDecision.ProjectMissing => new(VersionCodes.MissingProject, Severity.Error, "projects/" + projectId, "The project no longer exists."),
            _ => AccessProblems.Forbidden(projectId, permission),
        };
    }

    private static Diagnostic MissingVersion(int number) =>
        new(VersionCodes.MissingVersion, Severity.Error, "versions/" + number, $"Version {number} does not exist.");

    // Whole microseconds, as the project store: PostgreSQL keeps microseconds.
    private DateTime Now()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % 10));
    }
}

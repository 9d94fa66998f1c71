using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DesignStudio.Data.Versions;

/// <summary>
/// Committed versions of a project's design, their tags, restores and saved migration scripts. Versions are only ever
/// inserted: nothing here updates a version row (tags are separate rows, a restore commits a new version).
/// </summary>
public sealed class VersionStore(ProjectDatabase database, TimeProvider clock, ILogger<VersionStore> logger)
{
    private const int NumberRetries = 5;

    /// <summary>Commits <paramref name="design"/> as the project's next version.</summary>
    public async Task<StoreResult<VersionSummary>> CommitVersionAsync(Guid projectId, Design design, string name, string? message = null,
        string? author = null, CancellationToken cancellationToken = default)
    {
        if (CheckName(name) is { } problem) return new(null, problem);
        ArgumentNullException.ThrowIfNull(design);
        var json = DesignSerializer.Serialize(design);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = database.CreateContext();
            if (!await db.Projects.AnyAsync(p => p.Id == projectId, cancellationToken)) return new(null, MissingProject(projectId));
            var version = await NewVersionAsync(db, projectId, name.Trim(), Blank(message), author, json, null, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Committed version {Number} of project {ProjectId}", version.Number, projectId);
                return new(Summary(version, []), null);
            }
            catch (DbUpdateException) when (attempt < NumberRetries)
            {
                // Another commit took the number between our read and our insert (unique index): take the next one.
            }
        }
    }

    /// <summary>The project's versions, newest first, with their tags.</summary>
    public async Task<IReadOnlyList<VersionSummary>> ListVersionsAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.Versions.AsNoTracking().Where(v => v.ProjectId == projectId).OrderByDescending(v => v.Number)
            .Select(v => new { v.Id, v.Number, v.Name, v.Message, v.Author, v.CreatedUtc, v.RestoredFrom }).ToListAsync(cancellationToken);
        var tags = await TagsAsync(db, projectId, cancellationToken);
        return rows.Select(v => new VersionSummary(v.Number, v.Name, v.Message, v.Author, v.CreatedUtc,
            tags.TryGetValue(v.Id, out var t) ? t : [], v.RestoredFrom)).ToList();
    }

    /// <summary>Version <paramref name="number"/> with its design, or null when there is none.</summary>
    public async Task<StoredVersion?> LoadVersionAsync(Guid projectId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var version = await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.ProjectId == projectId && v.Number == number, cancellationToken);
        if (version is null) return null;
        var tags = await db.VersionTags.AsNoTracking().Where(t => t.VersionId == version.Id).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(cancellationToken);
        return new StoredVersion(Summary(version, tags), DesignSerializer.Deserialize(version.Json));
    }

    /// <summary>Puts <paramref name="tag"/> on version <paramref name="number"/>; returns why it could not, or null.</summary>
    public async Task<Diagnostic?> TagVersionAsync(Guid projectId, int number, string tag, CancellationToken cancellationToken = default)
    {
        var text = tag?.Trim() ?? "";
        if (text.Length == 0 || text.Length > VersionModel.MaxTagLength)
        {
            return new(VersionCodes.BadTag, Severity.Error, "version/tag", $"A tag must have 1 to {VersionModel.MaxTagLength} characters.");
        }
        await using var db = database.CreateContext();
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
        db.VersionTags.Add(new DesignVersionTag { ProjectId = projectId, Name = text, VersionId = version.Id, CreatedUtc = Now() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return new(VersionCodes.TagInUse, Severity.Error, "version/tag", $"The tag '{text}' was just set by someone else.");
        }
        logger.LogInformation("Tagged version {Number} of project {ProjectId}", number, projectId);
        return null;
    }

    /// <summary>Removes <paramref name="tag"/> from the project; false when it was not set.</summary>
    public async Task<bool> UntagAsync(Guid projectId, string tag, CancellationToken cancellationToken = default)
    {
        var text = tag?.Trim() ?? "";
        await using var db = database.CreateContext();
        return await db.VersionTags.Where(t => t.ProjectId == projectId && t.Name == text).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>
    /// Makes version <paramref name="number"/>'s content the working design (if the working design is still
    /// <paramref name="expectedDocumentVersion"/>) and records it as a new version "Restored from vN" — one transaction.
    /// </summary>
    public async Task<RestoreResult> RestoreVersionAsync(Guid projectId, int number, int expectedDocumentVersion, string? author = null,
        CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = database.CreateContext();
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
            // Step the snapshot past the operation log: an open live session reloads instead of writing over the restore.
            document.Sequence++;
            document.UpdatedUtc = now;
            document.UpdatedBy = author;
            project.UpdatedUtc = now;
            var version = await NewVersionAsync(db, projectId, $"Restored from v{number}", null, author, source.Json, number, cancellationToken);
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
            return new(new SaveResult.Saved(document.Version, now), Summary(version, []), null);
        }
    }

    /// <summary>Saves migration scripts with their version pair.</summary>
    public async Task<StoreResult<SavedMigrationSummary>> SaveMigrationAsync(Guid projectId, NewSavedMigration scripts, string? author = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        if (string.IsNullOrWhiteSpace(scripts.Dialect) || string.IsNullOrWhiteSpace(scripts.Convention) || string.IsNullOrWhiteSpace(scripts.Up))
        {
            return new(null, new(VersionCodes.BadMigration, Severity.Error, "migration", "Saved scripts need a dialect, a convention and an up script."));
        }
        await using var db = database.CreateContext();
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
    public async Task<IReadOnlyList<SavedMigrationSummary>> ListMigrationsAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.SavedMigrations.AsNoTracking().Where(m => m.ProjectId == projectId).ToListAsync(cancellationToken);
        return rows.OrderByDescending(m => m.CreatedUtc).ThenByDescending(m => m.Id).Select(Summary).ToList();
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

    private static Diagnostic MissingProject(Guid projectId) =>
        new(VersionCodes.MissingProject, Severity.Error, "projects/" + projectId, "The project no longer exists.");

    private static Diagnostic MissingVersion(int number) =>
        new(VersionCodes.MissingVersion, Severity.Error, "versions/" + number, $"Version {number} does not exist.");

    // Whole microseconds, as the project store: PostgreSQL keeps microseconds.
    private DateTime Now()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % 10));
    }
}

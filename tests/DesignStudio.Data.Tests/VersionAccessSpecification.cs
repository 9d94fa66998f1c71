using DesignStudio.Core.Model;
using DesignStudio.Data.Access;
using DesignStudio.Data.Activity;
using DesignStudio.Data.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Data.Tests;

/// <summary>
/// Every version store operation called as owner, editor, commenter, viewer and a stranger: allowed exactly when the
/// role allows it (reads need viewer, writes need editor), refused as a result (never an exception), and a refused
/// request changes nothing — no version, tag, saved script, working design or activity entry.
/// </summary>
public abstract class VersionAccessSpecification
{
    public enum Actor { Owner, Editor, Commenter, Viewer, Stranger }

    public enum Operation { Commit, List, Load, Tag, Untag, Restore, SaveMigration, ListMigrations }

    private static readonly DateTimeOffset Start = new(2026, 5, 2, 8, 0, 0, TimeSpan.Zero);

    protected abstract Task<ProjectDatabase> MigratedDatabaseAsync();

    public static TheoryData<Actor, Operation> Cases()
    {
        var data = new TheoryData<Actor, Operation>();
        foreach (var actor in Enum.GetValues<Actor>())
            foreach (var operation in Enum.GetValues<Operation>()) data.Add(actor, operation);
        return data;
    }

    private static ProjectPermission Needs(Operation operation) =>
        operation is Operation.List or Operation.Load or Operation.ListMigrations ? ProjectPermission.View : ProjectPermission.Edit;

    private static ProjectRole? RoleOf(Actor actor) => actor switch
    {
        Actor.Owner => ProjectRole.Owner,
        Actor.Editor => ProjectRole.Editor,
        Actor.Commenter => ProjectRole.Commenter,
        Actor.Viewer => ProjectRole.Viewer,
        _ => null,
    };

    private static Design Named(string name) => new() { Name = name };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Version_operation_is_allowed_exactly_when_the_role_allows_it(Actor actor, Operation operation)
    {
        var database = await MigratedDatabaseAsync();
        var clock = new FixedClock(Start);
        var store = new ProjectStore(database, clock, NullLogger<ProjectStore>.Instance);
        var versions = new VersionStore(database, clock, NullLogger<VersionStore>.Instance);
        var creator = await TestUsers.CreateAsync(database, "creator");
        var caller = await TestUsers.CreateAsync(database, actor.ToString().ToLowerInvariant());
        var project = (await store.CreateProjectAsync(creator, "versions", Named("v1"))).Value!;
        if (RoleOf(actor) is { } role)
            Assert.True((await store.Members.AddOrSetAsync(creator, project.Id, await TestUsers.UserNameAsync(database, caller), role)).Succeeded);
        Assert.True((await versions.CommitVersionAsync(creator, project.Id, Named("v1"), "first")).Succeeded);
        Assert.Null(await versions.TagVersionAsync(creator, project.Id, 1, "released"));
        Assert.True((await versions.SaveMigrationAsync(creator, project.Id, new NewSavedMigration(1, null, "sqlite", "plain", "SELECT 1;", ""))).Succeeded);
        var before = await SnapshotAsync(database, project.Id);
        clock.Now = Start.AddMinutes(5);

        var outcome = operation switch
        {
            Operation.Commit => Of((await versions.CommitVersionAsync(caller, project.Id, Named("v2"), "second")).Problem),
            Operation.List => Of((await versions.ListVersionsAsync(caller, project.Id)).Problem),
            Operation.Load => Of((await versions.LoadVersionAsync(caller, project.Id, 1)).Problem),
            Operation.Tag => Of(await versions.TagVersionAsync(caller, project.Id, 1, "beta")),
            Operation.Untag => Of(await versions.UntagAsync(caller, project.Id, "released")),
            Operation.Restore => Of(await versions.RestoreVersionAsync(caller, project.Id, 1, expectedDocumentVersion: 1)),
            Operation.SaveMigration => Of((await versions.SaveMigrationAsync(caller, project.Id, new NewSavedMigration(1, null, "sqlite", "plain", "SELECT 2;", ""))).Problem),
            Operation.ListMigrations => Of((await versions.ListMigrationsAsync(caller, project.Id)).Problem),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        var allowed = RoleOf(actor).Allows(Needs(operation));
        Assert.Equal(allowed, outcome);
        var after = await SnapshotAsync(database, project.Id);
        if (!allowed) Assert.Equal(before, after);
        else if (Needs(operation) == ProjectPermission.Edit) Assert.NotEqual(before, after);
        else Assert.Equal(before, after); // reads write nothing either
    }

    [SkippableFact]
    public async Task Commit_restore_and_tagging_are_written_to_the_activity_log_with_the_caller()
    {
        var database = await MigratedDatabaseAsync();
        var clock = new FixedClock(Start);
        var store = new ProjectStore(database, clock, NullLogger<ProjectStore>.Instance);
        var versions = new VersionStore(database, clock, NullLogger<VersionStore>.Instance);
        var owner = await TestUsers.CreateAsync(database, "owner");
        var project = (await store.CreateProjectAsync(owner, "logged", Named("v1"))).Value!;

        await versions.CommitVersionAsync(owner, project.Id, Named("v1"), "first");
        await versions.TagVersionAsync(owner, project.Id, 1, "released");
        await versions.UntagAsync(owner, project.Id, "released");
        Assert.True((await versions.RestoreVersionAsync(owner, project.Id, 1, expectedDocumentVersion: 1)).Succeeded);

        var log = (await store.Activity.ListAsync(owner, project.Id)).Value!;
        Assert.Equal([ActivityKind.VersionCommitted, ActivityKind.VersionTagged, ActivityKind.VersionTagged, ActivityKind.VersionRestored],
            log.Where(e => e.Kind is ActivityKind.VersionCommitted or ActivityKind.VersionTagged or ActivityKind.VersionRestored)
                .OrderBy(e => e.Id).Select(e => e.Kind));
        Assert.All(log, e => Assert.Equal(owner, e.UserId));
        Assert.Contains(log, e => e.Summary == "Restored version 1 as version 2 (design version 2)");
    }

    // A refusal must be the access refusal, not some other failure.
    private static bool Of(Core.Diagnostics.Diagnostic? problem)
    {
        if (problem is null) return true;
        Assert.Equal(AccessProblems.ForbiddenCode, problem.Code);
        return false;
    }

    private static bool Of(RestoreResult result)
    {
        if (result.Succeeded) return true;
        Assert.IsType<SaveResult.Forbidden>(result.Save);
        Assert.Equal(AccessProblems.ForbiddenCode, result.Problem?.Code);
        return false;
    }

    // Everything a version operation could change, read straight from the tables.
    private static async Task<string> SnapshotAsync(ProjectDatabase database, Guid projectId)
    {
        await using var db = database.CreateContext();
        var versions = await db.Versions.AsNoTracking().Where(v => v.ProjectId == projectId).OrderBy(v => v.Number).Select(v => v.Number + ":" + v.Name).ToListAsync();
        var tags = await db.VersionTags.AsNoTracking().Where(t => t.ProjectId == projectId).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync();
        var scripts = await db.SavedMigrations.AsNoTracking().Where(m => m.ProjectId == projectId).OrderBy(m => m.Up).Select(m => m.Up).ToListAsync();
        var document = await db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => p.Document!.Version + ":" + p.Document.Json).SingleAsync();
        var activity = await db.Activity.AsNoTracking().CountAsync(a => a.ProjectId == projectId);
        return string.Join(" | ", string.Join(",", versions), string.Join(",", tags), string.Join(",", scripts), document, activity);
    }
}

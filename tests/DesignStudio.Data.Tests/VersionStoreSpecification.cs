using DesignStudio.Core.Model;
using DesignStudio.Data.Access;
using DesignStudio.Data.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Data.Tests;

/// <summary>The version store's behaviour, stated once and run against each real engine by a subclass.</summary>
public abstract class VersionStoreSpecification
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 9, 30, 0, 123, 456, TimeSpan.Zero);

    /// <summary>A migrated database shared by the tests of the class.</summary>
    protected abstract Task<ProjectDatabase> MigratedDatabaseAsync();

    // The project store acts as the project's owner (Owner below); version calls name the same user.
    private async Task<(UserProjectStore Projects, VersionStore Versions, FixedClock Clock, ProjectDatabase Database)> StoresAsync()
    {
        var database = await MigratedDatabaseAsync();
        var clock = new FixedClock(Start);
        var owner = await TestUsers.CreateAsync(database, "owner");
        return (new UserProjectStore(new ProjectStore(database, clock, NullLogger<ProjectStore>.Instance), owner),
            new VersionStore(database, clock, NullLogger<VersionStore>.Instance), clock, database);
    }

    private static Design Shop(params string[] columns) => new()
    {
        Name = "shop",
        Tables =
        [
            new Table
            {
                Id = "tbl_orders", Name = "orders",
                Columns = [new Column { Id = "col_id", Name = "id", Type = LogicalType.Int64, Nullable = false },
                    .. columns.Select(c => new Column { Id = "col_" + c, Name = c, Type = LogicalType.Text })],
                PrimaryKey = new PrimaryKey { Id = "pk_orders", ColumnIds = ["col_id"] },
            },
        ],
    };

    private static async Task<Guid> ProjectAsync(UserProjectStore projects, Design design) =>
        (await projects.CreateProjectAsync("versioned", design)).Value!.Id;

    [SkippableFact]
    public async Task Commits_are_numbered_in_order_and_listed_newest_first_with_message_and_author()
    {
        var (projects, versions, clock, _) = await StoresAsync();
        var id = await ProjectAsync(projects, Shop());
        var v1 = await versions.CommitVersionAsync(projects.UserId, id, Shop(), "  initial  ", "first cut", "ada");
        clock.Now = Start.AddMinutes(3);
        var v2 = await versions.CommitVersionAsync(projects.UserId, id, Shop("note"), "add note", "  ", "grace");
        Assert.Equal((1, "initial", "first cut"), (v1.Value!.Number, v1.Value.Name, v1.Value.Message));
        Assert.Equal(2, v2.Value!.Number);
        Assert.Null(v2.Value.Message);

        var list = (await versions.ListVersionsAsync(projects.UserId, id)).Value!;
        Assert.Equal([2, 1], list.Select(v => v.Number));
        Assert.Equal(("grace", Start.AddMinutes(3).UtcDateTime), (list[0].Author, list[0].CreatedUtc));
        Assert.Equal(("ada", Start.UtcDateTime), (list[1].Author, list[1].CreatedUtc));
    }

    [SkippableFact]
    public async Task A_loaded_version_holds_the_design_as_committed_even_after_the_working_design_changes()
    {
        var (projects, versions, _, _) = await StoresAsync();
        var id = await ProjectAsync(projects, Shop());
        await versions.CommitVersionAsync(projects.UserId, id, Shop("a"), "v1");
        await projects.SaveDesignAsync(id, Shop("a", "b"), 1);
        var loaded = (await versions.LoadVersionAsync(projects.UserId, id, 1)).Value;
        Assert.NotNull(loaded);
        Assert.Equal(Shop("a"), loaded.Design);
        Assert.Equal(VersionCodes.MissingVersion, (await versions.LoadVersionAsync(projects.UserId, id, 2)).Problem?.Code);
    }

    [SkippableFact]
    public async Task Bad_names_and_missing_projects_are_diagnostics()
    {
        var (projects, versions, _, _) = await StoresAsync();
        var id = await ProjectAsync(projects, Shop());
        Assert.Equal(VersionCodes.BadName, (await versions.CommitVersionAsync(projects.UserId, id, Shop(), " ")).Problem?.Code);
        Assert.Equal(VersionCodes.BadName, (await versions.CommitVersionAsync(projects.UserId, id, Shop(), new string('x', 201))).Problem?.Code);
        Assert.Equal(VersionCodes.MissingProject, (await versions.CommitVersionAsync(projects.UserId, Guid.NewGuid(), Shop(), "x")).Problem?.Code);
        Assert.Empty((await versions.ListVersionsAsync(projects.UserId, id)).Value!);
    }

    [SkippableFact]
    public async Task Tags_are_listed_unique_per_project_and_removable()
    {
        var (projects, versions, _, _) = await StoresAsync();
        var id = await ProjectAsync(projects, Shop());
        await versions.CommitVersionAsync(projects.UserId, id, Shop(), "v1");
        await versions.CommitVersionAsync(projects.UserId, id, Shop("x"), "v2");
        Assert.Null(await versions.TagVersionAsync(projects.UserId, id, 1, "v1.2 released"));
        Assert.Null(await versions.TagVersionAsync(projects.UserId, id, 1, "beta"));
        Assert.Null(await versions.TagVersionAsync(projects.UserId, id, 1, "beta")); // the same tag again is a no-op
        Assert.Equal(VersionCodes.TagInUse, (await versions.TagVersionAsync(projects.UserId, id, 2, "beta"))?.Code);
        Assert.Equal(VersionCodes.BadTag, (await versions.TagVersionAsync(projects.UserId, id, 2, "  "))?.Code);
        Assert.Equal(VersionCodes.MissingVersion, (await versions.TagVersionAsync(projects.UserId, id, 9, "gone"))?.Code);

        var list = (await versions.ListVersionsAsync(projects.UserId, id)).Value!;
        Assert.Equal(["beta", "v1.2 released"], list.Single(v => v.Number == 1).Tags);
        Assert.Empty(list.Single(v => v.Number == 2).Tags);

        Assert.Null(await versions.UntagAsync(projects.UserId, id, "beta"));
        Assert.Equal(VersionCodes.MissingTag, (await versions.UntagAsync(projects.UserId, id, "beta"))?.Code);
        Assert.Null(await versions.TagVersionAsync(projects.UserId, id, 2, "beta"));
        Assert.Equal(["beta"], (await versions.LoadVersionAsync(projects.UserId, id, 2)).Value!.Summary.Tags);
    }

    [SkippableFact]
    public async Task Restore_makes_the_design_that_version_and_records_a_new_version_restored_from_it()
    {
        var (projects, versions, clock, _) = await StoresAsync();
        var id = await ProjectAsync(projects, Shop("a"));
        await versions.CommitVersionAsync(projects.UserId, id, Shop("a"), "v1");
        await projects.SaveDesignAsync(id, Shop("a", "b"), 1);
        await versions.CommitVersionAsync(projects.UserId, id, Shop("a", "b"), "v2");
        clock.Now = Start.AddHours(1);

        var restored = await versions.RestoreVersionAsync(projects.UserId, id, 1, expectedDocumentVersion: 2, author: "ada");
        Assert.True(restored.Succeeded);
        Assert.Equal((3, "Restored from v1", 1), (restored.Version!.Number, restored.Version.Name, restored.Version.RestoredFrom));
        var working = (await projects.LoadDesignAsync(id))!;
        Assert.Equal((Shop("a"), 3, "ada"), (working.Design, working.Version, working.UpdatedBy));
        Assert.Equal(Shop("a"), (await versions.LoadVersionAsync(projects.UserId, id, 3)).Value!.Design);
        Assert.Equal(Shop("a", "b"), (await versions.LoadVersionAsync(projects.UserId, id, 2)).Value!.Design);
    }

    [SkippableFact]
    public async Task Restore_over_a_newer_working_design_is_refused_and_writes_nothing()
    {
        var (projects, versions, _, _) = await StoresAsync();
        var id = await ProjectAsync(projects, Shop("a"));
        await versions.CommitVersionAsync(projects.UserId, id, Shop("a"), "v1");
        await projects.SaveDesignAsync(id, Shop("a", "b"), 1, "grace");

        var refused = await versions.RestoreVersionAsync(projects.UserId, id, 1, expectedDocumentVersion: 1);
        Assert.False(refused.Succeeded);
        Assert.Equal(2, Assert.IsType<SaveResult.Conflict>(refused.Save).CurrentVersion);
        Assert.Equal(Shop("a", "b"), (await projects.LoadDesignAsync(id))!.Design);
        Assert.Single((await versions.ListVersionsAsync(projects.UserId, id)).Value!);
        Assert.Equal(VersionCodes.MissingVersion, (await versions.RestoreVersionAsync(projects.UserId, id, 7, 2)).Problem?.Code);
    }

    [SkippableFact]
    public async Task Versions_are_never_updated_by_tagging_restoring_or_saving_scripts()
    {
        var (projects, versions, clock, database) = await StoresAsync();
        var id = await ProjectAsync(projects, Shop());
        await versions.CommitVersionAsync(projects.UserId, id, Shop("a"), "v1", "m", "ada");
        await versions.CommitVersionAsync(projects.UserId, id, Shop("b"), "v2");
        var before = await RowsAsync(database, id);

        clock.Now = Start.AddDays(1);
        await versions.TagVersionAsync(projects.UserId, id, 1, "release");
        await versions.RestoreVersionAsync(projects.UserId, id, 1, 1);
        await versions.UntagAsync(projects.UserId, id, "release");
        await versions.SaveMigrationAsync(projects.UserId, id, new NewSavedMigration(1, 2, "postgresql", "plain", "ALTER TABLE x;", ""));
        await projects.SaveDesignAsync(id, Shop("c"), 2);

        var after = await RowsAsync(database, id);
        Assert.Equal(before, after.Take(before.Count));
        Assert.Equal(3, after.Count);
    }

    private static async Task<List<(int, string, string?, string?, DateTime, string, int?)>> RowsAsync(ProjectDatabase database, Guid id)
    {
        await using var db = database.CreateContext();
        var rows = await db.Versions.AsNoTracking().Where(v => v.ProjectId == id).OrderBy(v => v.Number).ToListAsync();
        return rows.Select(v => (v.Number, v.Name, v.Message, v.Author, v.CreatedUtc, v.Json, v.RestoredFrom)).ToList();
    }

    [SkippableFact]
    public async Task Saved_scripts_are_listed_with_their_version_pair_newest_first()
    {
        var (projects, versions, clock, _) = await StoresAsync();
        var id = await ProjectAsync(projects, Shop());
        await versions.CommitVersionAsync(projects.UserId, id, Shop(), "v1");
        await versions.CommitVersionAsync(projects.UserId, id, Shop("x"), "v2");
        var first = await versions.SaveMigrationAsync(projects.UserId, id, new NewSavedMigration(1, 2, "postgresql", "flyway", "ALTER TABLE up;", "ALTER TABLE down;"), "ada");
        clock.Now = Start.AddMinutes(1);
        var second = await versions.SaveMigrationAsync(projects.UserId, id, new NewSavedMigration(2, null, "sqlite", "plain", "CREATE TABLE t (a);", ""));
        Assert.True(first.Succeeded && second.Succeeded);

        var list = (await versions.ListMigrationsAsync(projects.UserId, id)).Value!;
        Assert.Equal([second.Value!.Id, first.Value!.Id], list.Select(m => m.Id));
        Assert.Equal((1, (int?)2, "postgresql", "flyway", "ALTER TABLE up;", "ALTER TABLE down;", "ada"),
            (list[1].FromVersion, list[1].ToVersion, list[1].Dialect, list[1].Convention, list[1].Up, list[1].Down, list[1].Author));
        Assert.Null(list[0].ToVersion);
        Assert.Equal(VersionCodes.MissingVersion, (await versions.SaveMigrationAsync(projects.UserId, id, new NewSavedMigration(1, 5, "sqlite", "plain", "x", ""))).Problem?.Code);
        Assert.Equal(VersionCodes.BadMigration, (await versions.SaveMigrationAsync(projects.UserId, id, new NewSavedMigration(1, 2, "", "plain", "x", ""))).Problem?.Code);
    }

    [SkippableFact]
    public async Task Concurrent_commits_get_distinct_numbers()
    {
        var (projects, versions, _, _) = await StoresAsync();
        var id = await ProjectAsync(projects, Shop());
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => versions.CommitVersionAsync(projects.UserId, id, Shop("c" + i), "c" + i))));
        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal([1, 2, 3, 4], results.Select(r => r.Value!.Number).Order());
    }

    [SkippableFact]
    public async Task Deleting_a_project_deletes_its_versions_tags_and_scripts()
    {
        var (projects, versions, _, database) = await StoresAsync();
        var id = await ProjectAsync(projects, Shop());
        await versions.CommitVersionAsync(projects.UserId, id, Shop(), "v1");
        await versions.TagVersionAsync(projects.UserId, id, 1, "t");
        await versions.SaveMigrationAsync(projects.UserId, id, new NewSavedMigration(1, null, "sqlite", "plain", "x", ""));
        Assert.True(await projects.DeleteProjectAsync(id));
        await using var db = database.CreateContext();
        Assert.False(await db.Versions.AnyAsync(v => v.ProjectId == id));
        Assert.False(await db.VersionTags.AnyAsync(t => t.ProjectId == id));
        Assert.False(await db.SavedMigrations.AnyAsync(m => m.ProjectId == id));
    }

    [SkippableFact]
    public async Task Commits_restores_and_tags_are_announced_once_committed_and_refusals_are_not()
    {
        var (projects, _, _, database) = await StoresAsync();
        var events = new VersionEvents();
        var versions = new VersionStore(database, new FixedClock(Start), events, NullLogger<VersionStore>.Instance);
        var id = await ProjectAsync(projects, Shop());
        var stranger = await TestUsers.CreateAsync(database, "stranger");
        var heard = new List<(int Number, VersionChangeKind Kind, int Versions, int Tags)>();
        events.Changed += change =>
        {
            // What a page reloading on the event would read: the change is already committed.
            using var db = database.CreateContext();
            heard.Add((change.Number, change.Kind, db.Versions.Count(v => v.ProjectId == change.ProjectId), db.VersionTags.Count(t => t.ProjectId == change.ProjectId)));
            Assert.Null(change.FromInstance);
        };

        Assert.True((await versions.CommitVersionAsync(projects.UserId, id, Shop("a"), "v1")).Succeeded);
        Assert.Null(await versions.TagVersionAsync(projects.UserId, id, 1, "t"));
        Assert.Null(await versions.TagVersionAsync(projects.UserId, id, 1, "t")); // already there: nothing changed
        Assert.Null(await versions.UntagAsync(projects.UserId, id, "t"));
        Assert.True((await versions.RestoreVersionAsync(projects.UserId, id, 1, expectedDocumentVersion: 1)).Succeeded);
        // Refused or failed: nothing to announce.
        Assert.False((await versions.CommitVersionAsync(projects.UserId, id, Shop(), "  ")).Succeeded);
        Assert.False((await versions.CommitVersionAsync(stranger, id, Shop(), "not mine")).Succeeded);
        Assert.NotNull(await versions.TagVersionAsync(projects.UserId, id, 9, "nowhere"));
        Assert.NotNull(await versions.UntagAsync(projects.UserId, id, "t"));
        Assert.False((await versions.RestoreVersionAsync(projects.UserId, id, 1, expectedDocumentVersion: 1)).Succeeded);

        Assert.Equal([(1, VersionChangeKind.Committed, 1, 0), (1, VersionChangeKind.Tagged, 1, 1), (1, VersionChangeKind.Untagged, 1, 0),
            (2, VersionChangeKind.Restored, 2, 0)], heard);
    }
}

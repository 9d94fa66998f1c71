using DesignStudio.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Data.Tests;

/// <summary>
/// The project store's behaviour, stated once and run against each real engine by a subclass.
/// Every test works on its own projects, so tests of one class can share a database.
/// </summary>
public abstract class ProjectStoreSpecification
{
    private static readonly DateTimeOffset Start = new(2026, 3, 14, 15, 9, 26, 535, 897, TimeSpan.Zero);

    /// <summary>A migrated database shared by the tests of the class.</summary>
    protected abstract Task<ProjectDatabase> MigratedDatabaseAsync();

    /// <summary>A brand-new, empty database (no tables at all).</summary>
    protected abstract Task<ProjectDatabase> EmptyDatabaseAsync();

    private string owner = "";

    private async Task<(ProjectStore Store, FixedClock Clock, ProjectDatabase Database)> StoreAsync()
    {
        var database = await MigratedDatabaseAsync();
        var clock = new FixedClock(Start);
        owner = await TestUsers.CreateAsync(database, "owner");
        return (new ProjectStore(database, clock, NullLogger<ProjectStore>.Instance), clock, database);
    }

    private static Design Sample(string comment) => new()
    {
        Name = "shop",
        Tables =
        [
            new Table
            {
                Id = "tbl_a", Name = "orders", Comment = comment, Position = new CanvasPosition(12.5, 40) { Collapsed = true },
                Columns =
                [
                    new Column { Id = "col_a", Name = "id", Type = LogicalType.Int64, Nullable = false, Identity = IdentityKind.ByDefault },
                    new Column { Id = "col_b", Name = "total", Type = LogicalType.Decimal(10, 2), Default = ColumnDefault.Literal("0") },
                ],
                PrimaryKey = new PrimaryKey { Id = "pk_a", ColumnIds = ["col_a"] },
            },
        ],
    };

    [SkippableFact]
    public async Task Migrations_apply_on_an_empty_database()
    {
        var database = await EmptyDatabaseAsync();
        await database.MigrateAsync();
        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        var store = new ProjectStore(database, TimeProvider.System, NullLogger<ProjectStore>.Instance);
        Assert.Empty(await store.ListProjectsAsync("nobody"));
        Assert.True(await store.CanConnectAsync());
    }

    [SkippableFact]
    public async Task Created_project_is_listed_and_its_design_loads_as_version_1()
    {
        var (store, _, _) = await StoreAsync();
        var created = await store.CreateProjectAsync(owner, "  Shop  ", Sample("first"), "ada");
        Assert.True(created.Succeeded);
        Assert.Equal("Shop", created.Value.Name);
        Assert.Contains(await store.ListProjectsAsync(owner), p => p.Id == created.Value.Id && p.Name == "Shop");

        var loaded = (await store.LoadDesignAsync(owner, created.Value.Id)).Value;
        Assert.NotNull(loaded);
        Assert.Equal(1, loaded.Version);
        Assert.Equal(Sample("first"), loaded.Design);
        Assert.Equal("ada", loaded.UpdatedBy);
    }

    [SkippableFact]
    public async Task Blank_or_over_long_project_names_are_refused_as_diagnostics()
    {
        var (store, _, _) = await StoreAsync();
        var blank = await store.CreateProjectAsync(owner, " ", new Design());
        Assert.False(blank.Succeeded);
        Assert.Equal(ProjectStore.EmptyNameCode, blank.Problem.Code);
        var created = await store.CreateProjectAsync(owner, "ok", new Design());
        Assert.Equal(ProjectStore.LongNameCode, (await store.RenameProjectAsync(owner, created.Value!.Id, new string('x', 201)))?.Code);
    }

    [SkippableFact]
    public async Task Rename_changes_the_name_and_the_updated_time()
    {
        var (store, clock, _) = await StoreAsync();
        var created = (await store.CreateProjectAsync(owner, "old", new Design())).Value!;
        clock.Now = Start.AddMinutes(5);
        Assert.Null(await store.RenameProjectAsync(owner, created.Id, "new"));
        var project = (await store.ListProjectsAsync(owner)).Single(p => p.Id == created.Id);
        Assert.Equal("new", project.Name);
        Assert.Equal(Start.AddMinutes(5).UtcDateTime, project.UpdatedUtc);
        Assert.Equal(Start.UtcDateTime, project.CreatedUtc);
        Assert.Equal(ProjectStore.MissingProjectCode, (await store.RenameProjectAsync(owner, Guid.NewGuid(), "x"))?.Code);
    }

    [SkippableFact]
    public async Task Delete_removes_the_project_and_its_design()
    {
        var (store, _, database) = await StoreAsync();
        var created = (await store.CreateProjectAsync(owner, "doomed", Sample("x"))).Value!;
        Assert.Null(await store.DeleteProjectAsync(owner, created.Id));
        Assert.DoesNotContain(await store.ListProjectsAsync(owner), p => p.Id == created.Id);
        Assert.Equal(ProjectStore.MissingProjectCode, (await store.LoadDesignAsync(owner, created.Id)).Problem?.Code);
        await using var db = database.CreateContext();
        Assert.False(await db.Documents.AnyAsync(d => d.ProjectId == created.Id));
        Assert.Equal(ProjectStore.MissingProjectCode, (await store.DeleteProjectAsync(owner, created.Id))?.Code);
    }

    [SkippableFact]
    public async Task Save_with_the_current_version_stores_the_design_and_increments_the_version()
    {
        var (store, clock, _) = await StoreAsync();
        var created = (await store.CreateProjectAsync(owner, "p", Sample("v1"))).Value!;
        clock.Now = Start.AddSeconds(30);
        var saved = Assert.IsType<SaveResult.Saved>(await store.SaveDesignAsync(owner, created.Id, Sample("v2"), 1, "grace"));
        Assert.Equal(2, saved.Version);
        var loaded = (await store.LoadDesignAsync(owner, created.Id)).Value!;
        Assert.Equal((Sample("v2"), 2, "grace"), (loaded.Design, loaded.Version, loaded.UpdatedBy));
        Assert.Equal(Start.AddSeconds(30).UtcDateTime, loaded.Project.UpdatedUtc);
        Assert.IsType<SaveResult.Saved>(await store.SaveDesignAsync(owner, created.Id, Sample("v3"), 2));
    }

    [SkippableFact]
    public async Task Document_access_gives_the_callers_role_and_the_stored_version_and_reports_a_missing_project()
    {
        var (store, _, _) = await StoreAsync();
        var created = (await store.CreateProjectAsync(owner, "p", Sample("v1"))).Value!;
        Assert.Equal(new DocumentAccess(Access.ProjectRole.Owner, 1), (await store.LoadDocumentAccessAsync(owner, created.Id)).Value);
        Assert.IsType<SaveResult.Saved>(await store.SaveDesignAsync(owner, created.Id, Sample("v2"), 1));
        Assert.Equal(2, (await store.LoadDocumentAccessAsync(owner, created.Id)).Value!.Version);

        var missing = await store.LoadDocumentAccessAsync(owner, Guid.NewGuid());
        Assert.Null(missing.Value);
        Assert.Equal(ProjectStore.MissingProjectCode, missing.Problem!.Code);
    }

    [SkippableFact]
    public async Task A_stale_save_is_refused_with_who_and_when_and_overwrites_nothing()
    {
        var (store, clock, _) = await StoreAsync();
        var created = (await store.CreateProjectAsync(owner, "p", Sample("v1"))).Value!;
        clock.Now = Start.AddMinutes(1);
        Assert.IsType<SaveResult.Saved>(await store.SaveDesignAsync(owner, created.Id, Sample("by grace"), 1, "grace"));

        var conflict = Assert.IsType<SaveResult.Conflict>(await store.SaveDesignAsync(owner, created.Id, Sample("by ada"), 1, "ada"));
        Assert.Equal(new SaveResult.Conflict(2, "grace", Start.AddMinutes(1).UtcDateTime), conflict);
        Assert.Equal(Sample("by grace"), (await store.LoadDesignAsync(owner, created.Id)).Value!.Design);
    }

    [SkippableFact]
    public async Task Of_two_racing_saves_of_the_same_version_exactly_one_wins()
    {
        var (store, _, _) = await StoreAsync();
        var created = (await store.CreateProjectAsync(owner, "p", Sample("v1"))).Value!;
        for (var round = 1; round <= 5; round++)
        {
            var results = await Task.WhenAll(
                Task.Run(() => store.SaveDesignAsync(owner, created.Id, Sample("left " + round), round, "left")),
                Task.Run(() => store.SaveDesignAsync(owner, created.Id, Sample("right " + round), round, "right")));
            var winner = Assert.Single(results.OfType<SaveResult.Saved>());
            Assert.Single(results.OfType<SaveResult.Conflict>());
            var stored = (await store.LoadDesignAsync(owner, created.Id)).Value!;
            Assert.Equal(winner.Version, stored.Version);
            Assert.Equal(Sample((stored.UpdatedBy!) + " " + round), stored.Design);
        }
    }

    [SkippableFact]
    public async Task Save_to_a_deleted_project_reports_it_missing()
    {
        var (store, _, _) = await StoreAsync();
        var created = (await store.CreateProjectAsync(owner, "p", new Design())).Value!;
        await store.DeleteProjectAsync(owner, created.Id);
        Assert.IsType<SaveResult.ProjectMissing>(await store.SaveDesignAsync(owner, created.Id, new Design(), 1));
    }

    [SkippableFact]
    public async Task Timestamps_round_trip_as_utc()
    {
        var (store, _, _) = await StoreAsync();
        var created = (await store.CreateProjectAsync(owner, "p", new Design())).Value!;
        var listed = (await store.ListProjectsAsync(owner)).Single(p => p.Id == created.Id);
        var loaded = (await store.LoadDesignAsync(owner, created.Id)).Value!;
        foreach (var time in new[] { listed.CreatedUtc, listed.UpdatedUtc, loaded.UpdatedUtc })
        {
            Assert.Equal(DateTimeKind.Utc, time.Kind);
            Assert.Equal(Start.UtcDateTime, time);
        }
    }
}

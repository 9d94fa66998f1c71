using DesignStudio.Data.Access;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Core.Serialization.Operations;
using DesignStudio.Data.Collaboration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Data.Tests.Collaboration;

/// <summary>The operation log's behaviour, stated once and run against each real engine by a subclass.</summary>
public abstract class OperationLogSpecification
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 21, 0, 0, TimeSpan.Zero);

    /// <summary>A migrated database shared by the tests of the class.</summary>
    protected abstract Task<ProjectDatabase> MigratedDatabaseAsync();

    private async Task<(OperationLog Log, UserProjectStore Store, ProjectDatabase Database)> LogAsync()
    {
        var database = await MigratedDatabaseAsync();
        var clock = new FixedClock(Start);
        // Projects belong to an account: the store acts as a fresh owner.
        var owner = await TestUsers.CreateAsync(database, "owner");
        return (new OperationLog(database, clock, NullLogger<OperationLog>.Instance),
            new UserProjectStore(new ProjectStore(database, clock, NullLogger<ProjectStore>.Instance), owner), database);
    }

    private static Design Empty() => new() { Name = "log" };

    private static async Task<(Design Design, AppendResult Result)> AppendAsync(OperationLog log, Guid project, Design design, long sequence, DesignOperation operation, string client = "client-a", string? opId = null)
    {
        var applied = operation.Apply(design);
        Assert.True(applied.Succeeded);
        var result = await log.AppendAsync(project, sequence, "ana", client, opId ?? "op-" + sequence, OperationJson.Serialize(operation));
        return (applied.Design, result);
    }

    [SkippableFact]
    public async Task Load_returns_the_design_with_every_appended_operation_and_its_sequence()
    {
        var (log, store, _) = await LogAsync();
        var project = (await store.CreateProjectAsync("p", Empty())).Value!.Id;
        var design = Empty();
        (design, var first) = await AppendAsync(log, project, design, 1, new AddTable(new Table { Id = "t1", Name = "users" }));
        (design, var second) = await AppendAsync(log, project, design, 2, new RenameTable("t1", "people"));
        Assert.Equal(new AppendResult.Logged(1, Start.UtcDateTime), first);
        Assert.IsType<AppendResult.Logged>(second);

        var loaded = await log.LoadAsync(project);
        Assert.NotNull(loaded);
        Assert.Equal(design, loaded.Design);
        Assert.Equal(2, loaded.Sequence);
        Assert.Equal(design, (await store.LoadDesignAsync(project))!.Design);
        var entries = await log.ReadSinceAsync(project, 0);
        Assert.Equal([1L, 2L], entries.Select(e => e.Sequence));
        Assert.Equal(new RenameTable("t1", "people"), entries[1].Operation);
        Assert.Equal("ana", entries[1].UserId);
        Assert.Single(await log.ReadSinceAsync(project, 1));
    }

    [SkippableFact]
    public async Task A_taken_sequence_is_refused_and_writes_nothing()
    {
        var (log, store, _) = await LogAsync();
        var project = (await store.CreateProjectAsync("p", Empty())).Value!.Id;
        var (design, _) = await AppendAsync(log, project, Empty(), 1, new AddTable(new Table { Id = "t1", Name = "users" }));
        var (_, refused) = await AppendAsync(log, project, Empty(), 1, new AddTable(new Table { Id = "t2", Name = "other" }), "client-b");

        Assert.IsType<AppendResult.SequenceTaken>(refused);
        var loaded = (await log.LoadAsync(project))!;
        Assert.Equal(design, loaded.Design);
        Assert.Equal(1, loaded.Sequence);
    }

    [SkippableFact]
    public async Task A_resubmitted_client_operation_is_recognised_instead_of_logged_twice()
    {
        var (log, store, _) = await LogAsync();
        var project = (await store.CreateProjectAsync("p", Empty())).Value!.Id;
        var (design, _) = await AppendAsync(log, project, Empty(), 1, new AddTable(new Table { Id = "t1", Name = "users" }), opId: "same");
        var (_, again) = await AppendAsync(log, project, design, 2, new RenameTable("t1", "x"), opId: "same");

        Assert.Equal(new AppendResult.AlreadyLogged(1), again);
        Assert.Equal(1, await log.LatestSequenceAsync(project));
    }

    [SkippableFact]
    public async Task Concurrent_appends_of_one_sequence_log_exactly_one()
    {
        var (log, store, _) = await LogAsync();
        var project = (await store.CreateProjectAsync("p", Empty())).Value!.Id;
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            AppendAsync(log, project, Empty(), 1, new AddTable(new Table { Id = "t" + i, Name = "t" + i }), "client-" + i))));

        Assert.Single(results, r => r.Result is AppendResult.Logged);
        Assert.All(results.Where(r => r.Result is not AppendResult.Logged), r => Assert.IsType<AppendResult.SequenceTaken>(r.Result));
        var winner = results.Single(r => r.Result is AppendResult.Logged).Design;
        Assert.Equal(winner, (await log.LoadAsync(project))!.Design);
    }

    [SkippableFact]
    public async Task Load_replays_log_entries_newer_than_the_snapshot()
    {
        var (log, store, database) = await LogAsync();
        var project = (await store.CreateProjectAsync("p", Empty())).Value!.Id;
        var (design, _) = await AppendAsync(log, project, Empty(), 1, new AddTable(new Table { Id = "t1", Name = "users" }));
        // An entry written straight into the log (appends leave the snapshot alone too).
        await using (var db = database.CreateContext())
        {
            db.Operations.Add(new DesignOperationRecord
            {
                ProjectId = project, Sequence = 2, ClientId = "c", ClientOperationId = "o2",
                Json = OperationJson.Serialize(new SetTableComment("t1", "replayed")), TimestampUtc = Start.UtcDateTime,
            });
            await db.SaveChangesAsync();
        }

        var loaded = (await log.LoadAsync(project))!;
        Assert.Equal(0, loaded.SnapshotSequence);
        Assert.Equal(2, loaded.Sequence);
        Assert.Equal("replayed", loaded.Design.FindTable("t1")!.Comment);
    }

    [SkippableFact]
    public async Task An_append_logs_the_operation_without_rewriting_the_snapshot()
    {
        var (log, store, database) = await LogAsync();
        var project = (await store.CreateProjectAsync("p", Empty())).Value!.Id;
        var (design, _) = await AppendAsync(log, project, Empty(), 1, new AddTable(new Table { Id = "t1", Name = "users" }));

        await using (var db = database.CreateContext())
        {
            var document = await db.Documents.AsNoTracking().SingleAsync(d => d.ProjectId == project);
            Assert.Equal(0, document.Sequence);
            Assert.Equal(1, document.Version);
        }
        // Both readers replay the log over the older snapshot.
        Assert.Equal(design, (await log.LoadAsync(project))!.Design);
        Assert.Equal(design, (await store.LoadDesignAsync(project))!.Design);
    }

    [SkippableFact]
    public async Task A_snapshot_moves_forward_only_and_loading_replays_what_it_lacks()
    {
        var (log, store, _) = await LogAsync();
        var project = (await store.CreateProjectAsync("p", Empty())).Value!.Id;
        var (one, _) = await AppendAsync(log, project, Empty(), 1, new AddTable(new Table { Id = "t1", Name = "users" }));
        var (two, _) = await AppendAsync(log, project, one, 2, new RenameTable("t1", "people"));

        Assert.True(await log.WriteSnapshotAsync(project, 2, two));
        Assert.False(await log.WriteSnapshotAsync(project, 1, one));
        var (three, _) = await AppendAsync(log, project, two, 3, new SetTableComment("t1", "after the snapshot"));

        var loaded = (await log.LoadAsync(project))!;
        Assert.Equal(2, loaded.SnapshotSequence);
        Assert.Equal(3, loaded.Sequence);
        Assert.Equal(three, loaded.Design);
    }

    [SkippableFact]
    public async Task A_whole_design_save_takes_the_next_sequence_and_supersedes_earlier_operations()
    {
        var (log, store, _) = await LogAsync();
        var project = (await store.CreateProjectAsync("p", Empty())).Value!.Id;
        var (design, _) = await AppendAsync(log, project, Empty(), 1, new AddTable(new Table { Id = "t1", Name = "users" }));
        var replacement = new Design { Name = "imported", Tables = [new Table { Id = "t9", Name = "imported" }] };

        Assert.IsType<SaveResult.Saved>(await store.SaveDesignAsync(project, replacement, 1));

        // A session still at sequence 1 cannot log after the save: its next sequence is taken.
        var (_, late) = await AppendAsync(log, project, design, 2, new RenameTable("t1", "late"));
        Assert.IsType<AppendResult.SequenceTaken>(late);
        var changes = await log.ReadChangesSinceAsync(project, 1);
        Assert.Empty(changes.Operations);
        Assert.True(changes.DesignReplaced);
        var loaded = (await log.LoadAsync(project))!;
        Assert.Equal(2, loaded.Sequence);
        Assert.Equal(["imported"], loaded.Design.Tables.Select(t => t.Name));
        Assert.Equal(["imported"], (await store.LoadDesignAsync(project))!.Design.Tables.Select(t => t.Name));
        var (_, next) = await AppendAsync(log, project, loaded.Design, 3, new RenameTable("t9", "kept"));
        Assert.IsType<AppendResult.Logged>(next);
        Assert.Equal("kept", (await log.LoadAsync(project))!.Design.FindTable("t9")!.Name);
    }

    [SkippableFact]
    public async Task Deleting_a_project_deletes_its_log()
    {
        var (log, store, database) = await LogAsync();
        var project = (await store.CreateProjectAsync("p", Empty())).Value!.Id;
        await AppendAsync(log, project, Empty(), 1, new AddTable(new Table { Id = "t1", Name = "users" }));
        Assert.True(await store.DeleteProjectAsync(project));

        await using var db = database.CreateContext();
        Assert.False(await db.Operations.AnyAsync(o => o.ProjectId == project));
        Assert.Null(await log.LoadAsync(project));
    }

    [SkippableFact]
    public async Task Appending_to_a_deleted_project_reports_it_missing()
    {
        var (log, _, _) = await LogAsync();
        var (_, result) = await AppendAsync(log, Guid.NewGuid(), Empty(), 1, new AddTable(new Table { Id = "t1", Name = "users" }));
        Assert.IsType<AppendResult.ProjectMissing>(result);
    }
}

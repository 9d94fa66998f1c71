using DesignStudio.Core.Operations;
using DesignStudio.Data;
using DesignStudio.Data.Activity;
using DesignStudio.Web.Collaboration;
using Microsoft.EntityFrameworkCore;
using Blog = DesignStudio.Core.Tests.Operations.SampleDesigns;

namespace DesignStudio.Web.Tests.Collaboration;

/// <summary>
/// The session writes the design snapshot off the acknowledgement path (every N operations, when idle, when the last
/// page leaves) and hands its operations to the activity log.
/// </summary>
public class SnapshotAndActivityTests
{
    private static readonly TimeSpan Never = TimeSpan.FromHours(1);

    private static async Task<long> SnapshotSequenceAsync(SessionHarness harness, Guid project)
    {
        await using var db = harness.Database.CreateContext();
        return await db.Documents.AsNoTracking().Where(d => d.ProjectId == project).Select(d => d.Sequence).SingleAsync();
    }

    // Waiting, not timing: the snapshot is written in the background; the guard only stops a hang.
    private static async Task WaitForSnapshotAsync(SessionHarness harness, Guid project, long sequence)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (await SnapshotSequenceAsync(harness, project) < sequence) await Task.Delay(20, guard.Token);
    }

    private static async Task<(SessionHarness Harness, Guid Project, SimulatedClient Ana)> OneClientAsync(SnapshotPolicy policy)
    {
        var harness = SessionHarness.OnSqlite(policy);
        var project = await harness.CreateProjectAsync(Blog.Blog());
        var ana = new SimulatedClient(harness, project, "Ana");
        await ana.JoinAsync();
        return (harness, project, ana);
    }

    [Fact]
    public async Task The_session_writes_the_snapshot_after_every_n_of_its_operations()
    {
        var (harness, project, ana) = await OneClientAsync(new SnapshotPolicy { EveryOperations = 3, IdleDelay = Never });
        await using var _ = harness;
        await ana.SubmitAsync(new SetTableComment("tbl_users", "1"));
        await ana.SubmitAsync(new SetTableComment("tbl_users", "2"));
        Assert.Equal(0, await SnapshotSequenceAsync(harness, project)); // nothing is scheduled before the third
        await ana.SubmitAsync(new SetTableComment("tbl_users", "3"));

        await WaitForSnapshotAsync(harness, project, 3);

        var loaded = (await harness.Log.LoadAsync(project))!;
        Assert.Equal(3, loaded.SnapshotSequence);
        Assert.Equal("3", loaded.Design.FindTable("tbl_users")!.Comment);
        ana.Dispose();
    }

    [Fact]
    public async Task The_snapshot_catches_up_when_the_last_page_leaves()
    {
        var (harness, project, ana) = await OneClientAsync(new SnapshotPolicy { EveryOperations = 1000, IdleDelay = Never });
        await using var _ = harness;
        await ana.SubmitAsync(new RenameTable("tbl_users", "people"));
        await ana.SubmitAsync(new SetTableComment("tbl_posts", "left"));

        ana.Dispose();
        await WaitForSnapshotAsync(harness, project, 2);

        Assert.Equal(2, (await harness.Log.LoadAsync(project))!.SnapshotSequence);
    }

    [Fact]
    public async Task The_snapshot_catches_up_after_a_quiet_moment()
    {
        var (harness, project, ana) = await OneClientAsync(new SnapshotPolicy { EveryOperations = 1000, IdleDelay = TimeSpan.FromMilliseconds(50) });
        await using var _ = harness;
        await ana.SubmitAsync(new RenameTable("tbl_users", "people"));

        await WaitForSnapshotAsync(harness, project, 1);

        Assert.Equal("people", DesignSerializer.Deserialize(await DocumentJsonAsync(harness, project)).FindTable("tbl_users")!.Name);
        ana.Dispose();
    }

    [Fact]
    public async Task Acknowledged_operations_reach_the_activity_log_as_one_entry_per_person()
    {
        var (harness, project, ana) = await OneClientAsync(SnapshotPolicy.Default);
        await using var _ = harness;
        var ben = new SimulatedClient(harness, project, "Ben");
        await ben.JoinAsync();
        await ana.SubmitAsync(new RenameTable("tbl_users", "people"));
        await ana.SubmitAsync(new SetTableComment("tbl_users", "who"));
        await ben.SubmitAsync(new SetTableComment("tbl_posts", "what"));
        await ana.UndoAsync();

        await harness.Activity.FlushAsync();

        var saves = (await harness.Store.Activity.ListAsync(harness.OwnerId, project)).Value!
            .Where(e => e.Kind == ActivityKind.DesignSaved).OrderBy(e => e.Id).ToList();
        Assert.Equal(2, saves.Count);
        Assert.Equal("Ana", saves[0].UserName);
        Assert.Equal("Edited the design (changes 1–4): RenameTable, SetTableComment", saves[0].Summary);
        Assert.Equal("Edited the design (change 3): SetTableComment", saves[1].Summary);
        ana.Dispose();
        ben.Dispose();
    }

    private static async Task<string> DocumentJsonAsync(SessionHarness harness, Guid project)
    {
        await using var db = harness.Database.CreateContext();
        return await db.Documents.AsNoTracking().Where(d => d.ProjectId == project).Select(d => d.Json).SingleAsync();
    }
}

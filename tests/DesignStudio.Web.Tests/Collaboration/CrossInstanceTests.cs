using DesignStudio.Core.Operations;
using DesignStudio.Data.Access;
using DesignStudio.Web.Collaboration;
using Blog = DesignStudio.Core.Tests.Operations.SampleDesigns;

namespace DesignStudio.Web.Tests.Collaboration;

/// <summary>
/// Two studio instances (two session services, each with its own store, access events and LISTEN connection) over one
/// real PostgreSQL database: presence and access changes reach the other instance over the change bus.
/// </summary>
public class CrossInstanceTests
{
    // Waiting, not timing: the bus delivers in the background; the guard only stops a hang.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!condition()) await Task.Delay(20, guard.Token);
    }

    [SkippableFact]
    public async Task Two_instances_show_each_others_people_and_selections()
    {
        await using var scratch = await ScratchPostgres.CreateAsync();
        await using var first = await SessionHarness.OnPostgresAsync(scratch.Database, scratch.ConnectionString);
        await using var second = await SessionHarness.OnPostgresAsync(scratch.Database, scratch.ConnectionString);
        var project = await first.CreateProjectAsync(Blog.Blog());
        var ana = new SimulatedClient(first, project, "Ana");
        var ben = new SimulatedClient(second, project, "Ben");
        await ana.JoinAsync();
        await ben.JoinAsync();

        await WaitUntilAsync(() => ana.Presence.Any(p => p.ClientId == ben.ClientId) && ben.Presence.Any(p => p.ClientId == ana.ClientId));
        Assert.Equal(["Ana", "Ben"], ana.Presence.Select(p => p.Who.Name).Order());
        Assert.Equal(ben.Who.Colour, ana.Presence.Single(p => p.ClientId == ben.ClientId).Who.Colour);

        second.Service.Select(project, ben.ClientId, "tbl_posts");
        await WaitUntilAsync(() => ana.Presence.Any(p => p.ClientId == ben.ClientId && p.SelectedTableId == "tbl_posts"));

        ben.Dispose();
        await WaitUntilAsync(() => ana.Presence.All(p => p.ClientId != ben.ClientId));
        Assert.Equal([ana.ClientId], ana.Presence.Select(p => p.ClientId));
        ana.Dispose();
    }

    [SkippableFact]
    public async Task A_page_opened_later_on_another_instance_learns_who_is_already_there()
    {
        await using var scratch = await ScratchPostgres.CreateAsync();
        await using var first = await SessionHarness.OnPostgresAsync(scratch.Database, scratch.ConnectionString);
        await using var second = await SessionHarness.OnPostgresAsync(scratch.Database, scratch.ConnectionString);
        var project = await first.CreateProjectAsync(Blog.Blog());
        var ana = new SimulatedClient(first, project, "Ana");
        await ana.JoinAsync();
        first.Service.Select(project, ana.ClientId, "tbl_users");

        // Ben's instance had no session for the design: it asks, and Ana's instance answers.
        var ben = new SimulatedClient(second, project, "Ben");
        await ben.JoinAsync();

        await WaitUntilAsync(() => ben.Presence.Any(p => p.ClientId == ana.ClientId && p.SelectedTableId == "tbl_users"));
        ana.Dispose();
        ben.Dispose();
    }

    [SkippableFact]
    public async Task Access_changes_on_one_instance_reach_the_other_instances_pages()
    {
        await using var scratch = await ScratchPostgres.CreateAsync();
        await using var first = await SessionHarness.OnPostgresAsync(scratch.Database, scratch.ConnectionString);
        await using var second = await SessionHarness.OnPostgresAsync(scratch.Database, scratch.ConnectionString);
        var project = await first.CreateProjectAsync(Blog.Blog());
        var ben = first.Person("Ben", project);
        var heard = new List<AccessChange>();
        second.Store.Events.Changed += change => { lock (heard) heard.Add(change); };
        var echoed = new List<AccessChange>();
        first.Store.Events.Changed += change => { lock (echoed) echoed.Add(change); };

        Assert.True((await first.Store.Members.AddOrSetAsync(first.OwnerId, project, "Ben", ProjectRole.Viewer)).Succeeded);
        await WaitUntilAsync(() => { lock (heard) return heard.Any(c => c.UserId == ben.UserId); });
        Assert.Null(await first.Store.Members.RemoveAsync(first.OwnerId, project, ben.UserId));
        var link = (await first.Store.ShareLinks.CreateAsync(first.OwnerId, project, ProjectRole.Viewer, DateTime.UtcNow.AddDays(1))).Value!;
        Assert.Null(await first.Store.ShareLinks.RevokeAsync(first.OwnerId, project, link.Link.Id));

        await WaitUntilAsync(() => { lock (heard) return heard.Count(c => c.UserId == ben.UserId) >= 2 && heard.Any(c => c.UserId is null); });
        lock (heard) Assert.All(heard, c => Assert.True(c.FromOtherInstance && c.ProjectId == project));
        // The instance that made the changes heard each once (its own), not echoed back by the bus.
        lock (echoed) Assert.All(echoed, c => Assert.False(c.FromOtherInstance));
        // And the other instance's session refuses Ben's edits at once (every operation is checked).
        var refused = await second.Service.SubmitAsync(project, ben, "ben-page", "op", 0, new RenameTable("tbl_users", "x"));
        Assert.IsType<SubmitResult.Refused>(refused);
    }

    [Fact]
    public async Task A_pointer_reaches_the_other_pages_but_not_its_own()
    {
        var harness = SessionHarness.OnSqlite();
        await using var _ = harness;
        var project = await harness.CreateProjectAsync(Blog.Blog());
        var ana = new SimulatedClient(harness, project, "Ana");
        var ben = new SimulatedClient(harness, project, "Ben");
        await ana.JoinAsync();
        await ben.JoinAsync();

        harness.Service.Point(project, ana.ClientId, new DiagramPoint(120.5, 80));

        var seen = Assert.Single(ben.Pointers).Value;
        Assert.Equal(ana.ClientId, seen.ClientId);
        Assert.Equal("Ana", seen.Who.Name);
        Assert.Equal(new DiagramPoint(120.5, 80), seen.At);
        Assert.Empty(ana.Pointers);
        Assert.Equal(0, await harness.Log.LatestSequenceAsync(project)); // not logged
        ana.Dispose();
        ben.Dispose();
    }
}

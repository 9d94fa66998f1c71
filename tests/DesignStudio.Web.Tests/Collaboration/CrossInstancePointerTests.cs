using DesignStudio.Data.Collaboration;
using DesignStudio.Web.Collaboration;
using Blog = DesignStudio.Core.Tests.Operations.SampleDesigns;

namespace DesignStudio.Web.Tests.Collaboration;

/// <summary>
/// Live pointers between two studio instances (two session services, each with its own LISTEN connection) over one
/// real PostgreSQL database: a pointer moved on one instance shows on the other's pages, and is neither logged nor stored.
/// </summary>
public class CrossInstancePointerTests
{
    // Waiting, not timing: the bus delivers in the background; the guard only stops a hang.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!condition()) await Task.Delay(20, guard.Token);
    }

    [SkippableFact]
    public async Task Two_instances_show_each_others_pointers_and_a_pointer_that_leaves_the_canvas_goes_away()
    {
        await using var scratch = await ScratchPostgres.CreateAsync();
        await using var first = await SessionHarness.OnPostgresAsync(scratch.Database, scratch.ConnectionString);
        await using var second = await SessionHarness.OnPostgresAsync(scratch.Database, scratch.ConnectionString);
        var project = await first.CreateProjectAsync(Blog.Blog());
        var ana = new SimulatedClient(first, project, "Ana");
        var ben = new SimulatedClient(second, project, "Ben");
        var cleo = new SimulatedClient(second, project, "Cleo");
        await ana.JoinAsync();
        await ben.JoinAsync();
        await cleo.JoinAsync();

        first.Service.Point(project, ana.ClientId, new DiagramPoint(120.5, 80));
        second.Service.Point(project, ben.ClientId, new DiagramPoint(-4, 300.25));

        await WaitUntilAsync(() => ben.Pointers.ContainsKey(ana.ClientId) && cleo.Pointers.ContainsKey(ana.ClientId) && ana.Pointers.ContainsKey(ben.ClientId));
        var seen = ben.Pointers[ana.ClientId];
        Assert.Equal((ana.Who, (DiagramPoint?)new DiagramPoint(120.5, 80)), (seen.Who, seen.At));
        Assert.Equal(new DiagramPoint(-4, 300.25), ana.Pointers[ben.ClientId].At);
        Assert.Equal(ben.Who, ana.Pointers[ben.ClientId].Who);
        // Ben's own pointer reached Cleo in process, once; nobody sees their own.
        Assert.Equal(new DiagramPoint(-4, 300.25), cleo.Pointers[ben.ClientId].At);
        Assert.DoesNotContain(ana.ClientId, ana.Pointers.Keys);
        Assert.DoesNotContain(ben.ClientId, ben.Pointers.Keys);

        first.Service.Point(project, ana.ClientId, null);
        await WaitUntilAsync(() => ben.Pointers[ana.ClientId].At is null && cleo.Pointers[ana.ClientId].At is null);
        // Not logged: the operation log of the design is still empty.
        Assert.Equal(0, await first.Log.LatestSequenceAsync(project));
        foreach (var client in new[] { ana, ben, cleo }) client.Dispose();
    }

    [Fact]
    public void Pointer_payload_round_trips_and_always_fits_a_notify()
    {
        var message = new PointerMessage("inst", Guid.NewGuid(), "page-1", "user-1", "Ana", "#e53935", 12.5, -3);
        Assert.Equal(message, BusPayload.Decode(BusPayload.Encode(message)));
        var off = message with { X = null, Y = null };
        Assert.Equal(off, BusPayload.Decode(BusPayload.Encode(off)));

        var huge = message with { Name = new string('n', 20_000) };
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(BusPayload.Encode(huge)) <= BusPayload.MaxBytes);
        Assert.Null(BusPayload.Decode("L{\"InstanceId\":\"x\"}"));
    }
}

using DesignStudio.Core.Operations;
using DesignStudio.Core.Serialization.Operations;
using DesignStudio.Data;
using DesignStudio.Data.Collaboration;
using DesignStudio.Web.Collaboration;
using Npgsql;
using Blog = DesignStudio.Core.Tests.Operations.SampleDesigns;

namespace DesignStudio.Web.Tests.Collaboration;

/// <summary>
/// Two instances over one real PostgreSQL database: an operation small enough travels in its NOTIFY and is applied at the
/// other instance without reading the log; a large one, a missed notification and notifications out of order are
/// repaired from the log. The receiving instance's log queries are counted on its real store.
/// </summary>
public class CrossInstanceOperationPayloadTests
{
    private sealed record Instances(ScratchPostgres Scratch, SessionHarness First, SessionHarness Second, LogReadCounter SecondReads,
        Guid Project, SimulatedClient Ana, SimulatedClient Ben) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Ana.Dispose();
            Ben.Dispose();
            await Second.DisposeAsync();
            await First.DisposeAsync();
            await Scratch.DisposeAsync();
        }
    }

    private static async Task<Instances> StartAsync()
    {
        var scratch = await ScratchPostgres.CreateAsync();
        var reads = new LogReadCounter();
        var first = await SessionHarness.OnPostgresAsync(scratch.Database, scratch.ConnectionString);
        // The second instance's own store objects over the same database, its log queries counted.
        var second = await SessionHarness.OnPostgresAsync(new ProjectDatabase(DatabaseProvider.Postgres, scratch.ConnectionString, [reads]), scratch.ConnectionString);
        var project = await first.CreateProjectAsync(Blog.Blog());
        var ana = new SimulatedClient(first, project, "Ana");
        var ben = new SimulatedClient(second, project, "Ben");
        await ana.JoinAsync();
        await ben.JoinAsync();
        reads.Reset();
        return new Instances(scratch, first, second, reads, project, ana, ben);
    }

    private static async Task<long> SubmitAsync(SimulatedClient client, DesignOperation operation)
    {
        var result = await client.SubmitAsync(operation);
        return Assert.IsType<SubmitResult.Accepted>(result).Sequence;
    }

    // The log's own account of the design: every instance must end equal to it.
    private static async Task AssertConvergedAsync(Instances at, long sequence)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await at.Ben.WaitForAsync(sequence).WaitAsync(guard.Token);
        await at.Ana.WaitForAsync(sequence).WaitAsync(guard.Token);
        var logged = (await at.First.Log.LoadAsync(at.Project))!;
        Assert.Equal(sequence, logged.Sequence);
        Assert.Equal(logged.Design, at.Ben.Snapshot().Model);
        Assert.Equal(logged.Design, at.Ana.Snapshot().Model);
        Assert.Empty(at.Ben.Problems);
    }

    [SkippableFact]
    public async Task A_small_operation_is_applied_from_its_notification_without_reading_the_log()
    {
        await using var at = await StartAsync();

        var first = await SubmitAsync(at.Ana, new SetTableComment("tbl_posts", "Posts | “quoted” ✓"));
        var second = await SubmitAsync(at.Ana, new SetTableComment("tbl_users", new string('u', 2_000)));

        await AssertConvergedAsync(at, second);
        Assert.Equal(first + 1, second);
        Assert.Equal(0, at.SecondReads.Reads);
    }

    [SkippableFact]
    public async Task An_operation_too_large_for_a_notification_is_read_from_the_log()
    {
        await using var at = await StartAsync();
        // 3,000 characters of three UTF-8 bytes each: 9,000 bytes, over the 8,000-byte limit though under it in characters.
        var large = new SetTableComment("tbl_posts", new string('€', 3_000));
        Assert.Equal($"x|{at.Project:N}|1",
            BusPayload.Encode(new DesignChangeMessage("x", at.Project, 1) { Operation = new LoggedOperation(1, large, null, "c", "o", DateTime.UtcNow) }));

        var sequence = await SubmitAsync(at.Ana, large);

        await AssertConvergedAsync(at, sequence);
        Assert.True(at.SecondReads.Reads >= 1);
    }

    [SkippableFact]
    public async Task A_missed_notification_is_repaired_from_the_log_by_the_next_one()
    {
        await using var at = await StartAsync();
        var (_, joined) = at.Ben.Snapshot();
        // Logged by some instance whose NOTIFY never came (it died in between).
        Assert.IsType<AppendResult.Logged>(await at.First.Log.AppendAsync(at.Project, joined + 1, null, "lost-page", "lost-1",
            OperationJson.Serialize(new SetTableComment("tbl_posts", "never announced"))));

        // Ana's submit meets the taken sequence, catches up and logs the next; its NOTIFY carries only its own operation.
        var sequence = await SubmitAsync(at.Ana, new SetTableComment("tbl_users", "announced"));

        Assert.Equal(joined + 2, sequence);
        await AssertConvergedAsync(at, sequence);
        Assert.True(at.SecondReads.Reads >= 1);
        Assert.Equal("never announced", at.Ben.Snapshot().Model.Tables.Single(t => t.Id == "tbl_posts").Comment);
    }

    [SkippableFact]
    public async Task Notifications_out_of_order_still_apply_every_operation_once_in_sequence_order()
    {
        await using var at = await StartAsync();
        var (_, joined) = at.Ben.Snapshot();
        var operations = new[] { new SetTableComment("tbl_posts", "first"), new SetTableComment("tbl_posts", "second") };
        var messages = new List<DesignChangeMessage>();
        for (var i = 0; i < operations.Length; i++)
        {
            var sequence = joined + 1 + i;
            var logged = Assert.IsType<AppendResult.Logged>(await at.First.Log.AppendAsync(at.Project, sequence, null, "elsewhere-page", "op" + i,
                OperationJson.Serialize(operations[i])));
            messages.Add(new DesignChangeMessage("elsewhere", at.Project, sequence)
            {
                Operation = new LoggedOperation(sequence, operations[i], null, "elsewhere-page", "op" + i, logged.TimestampUtc),
            });
        }

        // Another instance's NOTIFYs, the later one first.
        await using (var connection = new NpgsqlConnection(at.Scratch.ConnectionString))
        {
            await connection.OpenAsync();
            foreach (var message in Enumerable.Reverse(messages))
            {
                await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
                notify.Parameters.AddWithValue("channel", PostgresChangeBus.Channel);
                notify.Parameters.AddWithValue("payload", BusPayload.Encode(message));
                await notify.ExecuteNonQueryAsync();
            }
        }

        await AssertConvergedAsync(at, joined + 2);
        Assert.Equal("second", at.Ben.Snapshot().Model.Tables.Single(t => t.Id == "tbl_posts").Comment);
    }
}

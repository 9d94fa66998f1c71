using DesignStudio.Data.Comments;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Data.Tests.Comments;

/// <summary>Two instances' comment events joined by relays over the real PostgreSQL test server.</summary>
public sealed class PostgresCommentRelayTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    [SkippableFact]
    public async Task A_comment_posted_on_one_instance_is_raised_on_the_other_with_the_notified_users()
    {
        var database = await databases.MigratedAsync();
        var (first, second) = (new CommentEvents(), new CommentEvents());
        var connection = TestSupport.TestEnvironment.PostgresConnectionString;
        await using var relayA = new PostgresCommentRelay(connection, first, NullLogger<PostgresCommentRelay>.Instance);
        await using var relayB = new PostgresCommentRelay(connection, second, NullLogger<PostgresCommentRelay>.Instance);
        await relayA.StartAsync();
        await relayB.StartAsync();
        var p = await CommentProject.CreateAsync(database, first);
        var received = new TaskCompletionSource<CommentChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        var resolved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        second.Changed += change =>
        {
            if (change.ProjectId != p.ProjectId) return;
            if (change.Kind == CommentChangeKind.Resolved) resolved.TrySetResult();
            else received.TrySetResult(change);
        };
        var echoed = 0;
        // Only this test's project: the relays listen on the shared test database, where other tests may notify too.
        first.Changed += change => { if (change.ProjectId == p.ProjectId && change.FromInstance is not null) Interlocked.Increment(ref echoed); };

        var posted = (await p.Comments.StartThreadAsync(p.Owner, p.ProjectId, CommentProject.TableTarget, $"@{await p.NameOfAsync(p.Viewer)} look")).Value!;

        var change = await received.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal((posted.ThreadId, CommentChangeKind.ThreadStarted), (change.ThreadId, change.Kind));
        Assert.Equal([p.Viewer], change.NotifiedUserIds);
        Assert.Equal(relayA.InstanceId, change.FromInstance);
        // A relayed change is not sent back: the instance that made it never hears its own changes from the relay (its
        // listener got both NOTIFYs no later than the other instance's listener got the second one).
        Assert.Null(await p.Comments.ResolveAsync(p.Owner, p.ProjectId, posted.ThreadId));
        await resolved.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, Volatile.Read(ref echoed));
    }

    [Fact]
    public void Payload_round_trips_and_rejects_other_text()
    {
        var change = new CommentChange(Guid.NewGuid(), Guid.NewGuid(), CommentChangeKind.Replied, ["u1", "u2"]);
        var parsed = CommentChange.Parse(change.ToPayload("inst"))!;
        Assert.Equal(change with { FromInstance = "inst" }, parsed with { NotifiedUserIds = change.NotifiedUserIds });
        Assert.Equal(["u1", "u2"], parsed.NotifiedUserIds);
        Assert.Null(CommentChange.Parse("inst|nope|x|Replied|"));
    }
}

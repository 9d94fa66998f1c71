using DesignStudio.Data.Comments;
using DesignStudio.Data.Reviews;
using DesignStudio.Data.Versions;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Data.Tests;

/// <summary>Two instances' version events joined by the comment relay over the real PostgreSQL test server.</summary>
public sealed class PostgresVersionRelayTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    [SkippableFact]
    public async Task A_version_change_on_one_instance_is_raised_on_the_other_and_not_echoed_back()
    {
        await databases.MigratedAsync();
        var (versionsA, versionsB) = (new VersionEvents(), new VersionEvents());
        var (reviewsB, commentsB) = (new ReviewEvents(), new CommentEvents());
        var connection = TestSupport.TestEnvironment.PostgresConnectionString;
        await using var relayA = new PostgresCommentRelay(connection, new CommentEvents(), new ReviewEvents(), versionsA, NullLogger<PostgresCommentRelay>.Instance);
        await using var relayB = new PostgresCommentRelay(connection, commentsB, reviewsB, versionsB, NullLogger<PostgresCommentRelay>.Instance);
        await relayA.StartAsync();
        await relayB.StartAsync();
        var project = Guid.NewGuid();
        var received = new List<VersionChange>();
        var both = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        versionsB.Changed += change =>
        {
            if (change.ProjectId != project) return;
            lock (received)
            {
                received.Add(change);
                if (received.Count == 2) both.TrySetResult();
            }
        };
        var echoed = 0;
        var marker = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        versionsA.Changed += change =>
        {
            if (change.FromInstance is null || change.ProjectId != project) return;
            if (change.Number == 99) marker.TrySetResult();
            else Interlocked.Increment(ref echoed);
        };
        var others = 0;
        reviewsB.Changed += change => { if (change.ProjectId == project) Interlocked.Increment(ref others); };
        commentsB.Changed += change => { if (change.ProjectId == project) Interlocked.Increment(ref others); };

        versionsA.Raise(new VersionChange(project, 3, VersionChangeKind.Committed));
        versionsA.Raise(new VersionChange(project, 2, VersionChangeKind.Tagged));

        await both.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal([(2, VersionChangeKind.Tagged), (3, VersionChangeKind.Committed)], received.Select(c => (c.Number, c.Kind)).Order());
        Assert.All(received, c => Assert.Equal(relayA.InstanceId, c.FromInstance));
        Assert.Equal(0, Volatile.Read(ref others));
        // A's own NOTIFYs were committed before B's marker, so A's listener has seen them by the time the marker arrives.
        versionsB.Raise(new VersionChange(project, 99, VersionChangeKind.Restored));
        await marker.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, Volatile.Read(ref echoed));
    }

    [Fact]
    public void Payload_round_trips_and_is_not_taken_for_a_comment_or_review_change()
    {
        var change = new VersionChange(Guid.NewGuid(), 12, VersionChangeKind.Untagged);
        var payload = change.ToPayload("inst");

        Assert.Equal(change with { FromInstance = "inst" }, VersionChange.Parse(payload));
        Assert.Null(CommentChange.Parse(payload));
        Assert.Null(ReviewChange.Parse(payload));
        Assert.Null(VersionChange.Parse(new ReviewChange(Guid.NewGuid(), 1, ReviewChangeKind.Commented, []).ToPayload("inst")));
        Assert.Null(VersionChange.Parse(new CommentChange(Guid.NewGuid(), Guid.NewGuid(), CommentChangeKind.Replied, []).ToPayload("inst")));
        Assert.Null(VersionChange.Parse("V|inst|nope|1|Committed"));
        Assert.Null(VersionChange.Parse($"V|inst|{Guid.NewGuid():N}|1|42"));
    }
}

using DesignStudio.Data.Comments;
using DesignStudio.Data.Reviews;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Data.Tests.Reviews;

/// <summary>Two instances' review events joined by the comment relay over the real PostgreSQL test server.</summary>
public sealed class PostgresReviewRelayTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    [SkippableFact]
    public async Task A_review_change_on_one_instance_is_raised_on_the_other_and_not_echoed_back()
    {
        await databases.MigratedAsync();
        var (reviewsA, reviewsB) = (new ReviewEvents(), new ReviewEvents());
        var commentsB = new CommentEvents();
        var connection = TestSupport.TestEnvironment.PostgresConnectionString;
        await using var relayA = new PostgresCommentRelay(connection, new CommentEvents(), reviewsA, NullLogger<PostgresCommentRelay>.Instance);
        await using var relayB = new PostgresCommentRelay(connection, commentsB, reviewsB, NullLogger<PostgresCommentRelay>.Instance);
        await relayA.StartAsync();
        await relayB.StartAsync();
        var project = Guid.NewGuid();
        var received = new List<ReviewChange>();
        var both = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        reviewsB.Changed += change =>
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
        reviewsA.Changed += change =>
        {
            if (change.FromInstance is null || change.ProjectId != project) return;
            if (change.Number == 99) marker.TrySetResult();
            else Interlocked.Increment(ref echoed);
        };
        var commentChanges = 0;
        commentsB.Changed += change => { if (change.ProjectId == project) Interlocked.Increment(ref commentChanges); };

        reviewsA.Raise(new ReviewChange(project, 3, ReviewChangeKind.VerdictGiven, ["requester"]));
        reviewsA.Raise(new ReviewChange(project, 4, ReviewChangeKind.Requested, ["r1", "r2"]));

        await both.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal([(3, ReviewChangeKind.VerdictGiven), (4, ReviewChangeKind.Requested)], received.Select(c => (c.Number, c.Kind)).Order());
        Assert.Equal(["r1", "r2"], received.Single(c => c.Number == 4).NotifiedUserIds);
        Assert.All(received, c => Assert.Equal(relayA.InstanceId, c.FromInstance));
        Assert.Equal(0, Volatile.Read(ref commentChanges));
        // A's own NOTIFYs were committed before B's marker, so A's listener has seen them by the time the marker arrives.
        reviewsB.Raise(new ReviewChange(project, 99, ReviewChangeKind.Commented, []));
        await marker.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, Volatile.Read(ref echoed));
    }

    [Fact]
    public void Payload_round_trips_and_is_not_taken_for_a_comment_change()
    {
        var change = new ReviewChange(Guid.NewGuid(), 12, ReviewChangeKind.Commented, ["u1"]);
        var payload = change.ToPayload("inst");

        var parsed = ReviewChange.Parse(payload)!;

        Assert.Equal(change with { FromInstance = "inst" }, parsed with { NotifiedUserIds = change.NotifiedUserIds });
        Assert.Equal(["u1"], parsed.NotifiedUserIds);
        Assert.Null(CommentChange.Parse(payload));
        Assert.Null(ReviewChange.Parse(new CommentChange(Guid.NewGuid(), Guid.NewGuid(), CommentChangeKind.Replied, []).ToPayload("inst")));
        Assert.Null(ReviewChange.Parse("R|inst|nope|1|Commented|"));
    }
}

using DesignStudio.Core.Model;
using DesignStudio.Data.Access;
using DesignStudio.Data.Comments;
using DesignStudio.Data.Reviews;
using DesignStudio.Data.Versions;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Data.Tests.Reviews;

/// <summary>Who a review notifies (in the bell) and what it announces to open pages, on a real store.</summary>
public abstract class ReviewNotificationSpecification
{
    private static readonly DateTimeOffset Start = new(2026, 6, 3, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<ProjectDatabase> MigratedDatabaseAsync();

    private sealed record Setup(ReviewStore Reviews, CommentStore Comments, List<ReviewChange> Changes, Guid ProjectId, string Owner, string Alice, string Bob);

    private async Task<Setup> SetUpAsync()
    {
        var database = await MigratedDatabaseAsync();
        var clock = new FixedClock(Start);
        var projects = new ProjectStore(database, clock, NullLogger<ProjectStore>.Instance);
        var versions = new VersionStore(database, clock, NullLogger<VersionStore>.Instance);
        var owner = await TestUsers.CreateAsync(database, "owner");
        var alice = await TestUsers.CreateAsync(database, "alice");
        var bob = await TestUsers.CreateAsync(database, "bob");
        var project = (await projects.CreateProjectAsync(owner, "notified", new Design { Name = "d" })).Value!;
        Assert.True((await projects.Members.AddOrSetAsync(owner, project.Id, await TestUsers.UserNameAsync(database, alice), ProjectRole.Commenter)).Succeeded);
        Assert.True((await projects.Members.AddOrSetAsync(owner, project.Id, await TestUsers.UserNameAsync(database, bob), ProjectRole.Editor)).Succeeded);
        for (var n = 1; n <= 2; n++) Assert.True((await versions.CommitVersionAsync(owner, project.Id, new Design { Name = "d" + n }, "v" + n)).Succeeded);
        var events = new ReviewEvents();
        var changes = new List<ReviewChange>();
        events.Changed += changes.Add;
        return new(new ReviewStore(database, clock, events, NullLogger<ReviewStore>.Instance),
            new CommentStore(database, clock, new CommentEvents(), NullLogger<CommentStore>.Instance), changes, project.Id, owner, alice, bob);
    }

    [SkippableFact]
    public async Task Requesting_a_review_notifies_each_requested_reviewer_and_not_the_requester()
    {
        var s = await SetUpAsync();

        var review = (await s.Reviews.RequestAsync(s.Owner, s.ProjectId, new ReviewRequest(2, [s.Alice, s.Bob], Message: "Please look at the keys"))).Value!;

        foreach (var reviewer in new[] { s.Alice, s.Bob })
        {
            var notice = Assert.Single(await s.Comments.Notifications.ListAsync(reviewer));
            Assert.Equal((NotificationKind.ReviewRequested, review.Number, review.RequestedByName), (notice.Kind, notice.ReviewNumber, notice.ActorName));
            Assert.True(notice.IsReview);
            Assert.Equal("review 1", notice.TargetLabel);
            Assert.Equal("Review 1 of version 2: Please look at the keys", notice.Excerpt);
            Assert.Equal(1, await s.Comments.Notifications.UnreadCountAsync(reviewer));
        }
        Assert.Empty(await s.Comments.Notifications.ListAsync(s.Owner));
        var change = Assert.Single(s.Changes);
        Assert.Equal((s.ProjectId, review.Number, ReviewChangeKind.Requested), (change.ProjectId, change.Number, change.Kind));
        Assert.Equal([s.Alice, s.Bob], change.NotifiedUserIds);
    }

    [SkippableFact]
    public async Task A_verdict_notifies_the_requester_and_is_announced_with_them()
    {
        var s = await SetUpAsync();
        var review = (await s.Reviews.RequestAsync(s.Owner, s.ProjectId, new ReviewRequest(2, [s.Alice, s.Bob]))).Value!;
        s.Changes.Clear();

        Assert.True((await s.Reviews.GiveVerdictAsync(s.Alice, s.ProjectId, review.Number, ReviewVerdict.Approved)).Succeeded);
        Assert.True((await s.Reviews.GiveVerdictAsync(s.Bob, s.ProjectId, review.Number, ReviewVerdict.ChangesRequested)).Succeeded);

        var inbox = await s.Comments.Notifications.ListAsync(s.Owner);
        Assert.Equal([NotificationKind.ChangesRequested, NotificationKind.ReviewApproved], inbox.Select(n => n.Kind));
        Assert.Equal("Review 1 of version 2 is now changes requested", inbox[0].Excerpt);
        Assert.Equal("Review 1 of version 2 is now in review", inbox[1].Excerpt);
        Assert.All(inbox, n => Assert.Equal(review.Number, n.ReviewNumber));
        // Neither reviewer is notified of their own verdict (only of the request).
        Assert.Equal([NotificationKind.ReviewRequested], (await s.Comments.Notifications.ListAsync(s.Alice)).Select(n => n.Kind));
        Assert.All(s.Changes, c =>
        {
            Assert.Equal(ReviewChangeKind.VerdictGiven, c.Kind);
            Assert.Equal([s.Owner], c.NotifiedUserIds);
        });
        Assert.Equal(2, s.Changes.Count);
    }

    [SkippableFact]
    public async Task Comments_and_withdrawal_are_announced_without_notifying_anyone_and_opening_the_review_marks_its_notifications_read()
    {
        var s = await SetUpAsync();
        var review = (await s.Reviews.RequestAsync(s.Owner, s.ProjectId, new ReviewRequest(2, [s.Alice]))).Value!;
        s.Changes.Clear();

        Assert.True((await s.Reviews.CommentAsync(s.Alice, s.ProjectId, review.Number, "Looks fine")).Succeeded);
        Assert.Null(await s.Reviews.WithdrawAsync(s.Owner, s.ProjectId, review.Number));

        Assert.Equal([ReviewChangeKind.Commented, ReviewChangeKind.Withdrawn], s.Changes.Select(c => c.Kind));
        Assert.All(s.Changes, c => Assert.Empty(c.NotifiedUserIds));
        Assert.Empty(await s.Comments.Notifications.ListAsync(s.Owner));
        Assert.Equal(1, await s.Comments.Notifications.MarkReviewReadAsync(s.Alice, s.ProjectId, review.Number));
        Assert.Equal(0, await s.Comments.Notifications.UnreadCountAsync(s.Alice));
        Assert.True(Assert.Single(await s.Comments.Notifications.ListAsync(s.Alice)).Read);
    }

    [SkippableFact]
    public async Task A_refused_verdict_notifies_nobody_and_announces_nothing()
    {
        var s = await SetUpAsync();
        var review = (await s.Reviews.RequestAsync(s.Owner, s.ProjectId, new ReviewRequest(2, [s.Alice]))).Value!;
        s.Changes.Clear();

        Assert.False((await s.Reviews.GiveVerdictAsync(s.Bob, s.ProjectId, review.Number, ReviewVerdict.Approved)).Succeeded);

        Assert.Empty(s.Changes);
        Assert.Empty(await s.Comments.Notifications.ListAsync(s.Owner));
    }
}

using DesignStudio.Core.Model;
using DesignStudio.Data.Access;
using DesignStudio.Data.Activity;
using DesignStudio.Data.Reviews;
using DesignStudio.Data.Versions;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Data.Tests.Reviews;

/// <summary>How verdicts decide a review's state, who can be assigned, the discussion and the activity log, on a real store.</summary>
public abstract class ReviewStoreSpecification
{
    private static readonly DateTimeOffset Start = new(2026, 6, 2, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<ProjectDatabase> MigratedDatabaseAsync();

    private sealed record Setup(ProjectStore Projects, ReviewStore Reviews, FixedClock Clock, Guid ProjectId, string Owner, string Alice, string Bob, ProjectDatabase Database);

    private async Task<Setup> SetUpAsync(int versions = 2)
    {
        var database = await MigratedDatabaseAsync();
        var clock = new FixedClock(Start);
        var projects = new ProjectStore(database, clock, NullLogger<ProjectStore>.Instance);
        var store = new VersionStore(database, clock, NullLogger<VersionStore>.Instance);
        var owner = await TestUsers.CreateAsync(database, "owner");
        var alice = await TestUsers.CreateAsync(database, "alice");
        var bob = await TestUsers.CreateAsync(database, "bob");
        var project = (await projects.CreateProjectAsync(owner, "reviewed", new Design { Name = "d" })).Value!;
        Assert.True((await projects.Members.AddOrSetAsync(owner, project.Id, await TestUsers.UserNameAsync(database, alice), ProjectRole.Commenter)).Succeeded);
        Assert.True((await projects.Members.AddOrSetAsync(owner, project.Id, await TestUsers.UserNameAsync(database, bob), ProjectRole.Editor)).Succeeded);
        for (var n = 1; n <= versions; n++)
            Assert.True((await store.CommitVersionAsync(owner, project.Id, new Design { Name = "d" + n }, "v" + n)).Succeeded);
        return new(projects, new ReviewStore(database, clock, NullLogger<ReviewStore>.Instance), clock, project.Id, owner, alice, bob, database);
    }

    private static async Task<ReviewState> VerdictAsync(Setup s, string reviewer, int review, ReviewVerdict verdict)
    {
        var result = await s.Reviews.GiveVerdictAsync(reviewer, s.ProjectId, review, verdict);
        Assert.True(result.Succeeded, result.Problem?.Message);
        return result.Value.State;
    }

    [SkippableFact]
    public async Task Review_is_approved_only_when_every_reviewer_approved_and_any_request_for_changes_wins()
    {
        var s = await SetUpAsync();
        var review = (await s.Reviews.RequestAsync(s.Owner, s.ProjectId, new ReviewRequest(2, [s.Alice, s.Bob]))).Value!;
        Assert.Equal(ReviewState.Open, review.State);

        Assert.Equal(ReviewState.Open, await VerdictAsync(s, s.Alice, review.Number, ReviewVerdict.Approved));
        Assert.Equal(ReviewState.ChangesRequested, await VerdictAsync(s, s.Bob, review.Number, ReviewVerdict.ChangesRequested));
        s.Clock.Now = Start.AddHours(1);
        // Bob's new verdict replaces his old one: both approved now.
        Assert.Equal(ReviewState.Approved, await VerdictAsync(s, s.Bob, review.Number, ReviewVerdict.Approved));
        var approved = (await s.Reviews.LoadAsync(s.Owner, s.ProjectId, review.Number)).Value!.Summary;
        Assert.Equal(Start.AddHours(1).UtcDateTime, approved.ClosedUtc);
        Assert.All(approved.Reviewers, r => Assert.Equal(ReviewVerdict.Approved, r.Verdict));
        Assert.Equal(2, approved.Reviewers.Count);

        // A reviewer can change their mind after approval: the review reopens as "changes requested".
        Assert.Equal(ReviewState.ChangesRequested, await VerdictAsync(s, s.Alice, review.Number, ReviewVerdict.ChangesRequested));
        Assert.Null((await s.Reviews.LoadAsync(s.Owner, s.ProjectId, review.Number)).Value!.Summary.ClosedUtc);
    }

    [SkippableFact]
    public async Task Base_version_defaults_to_the_previous_version_and_the_first_version_is_compared_with_an_empty_design()
    {
        var s = await SetUpAsync(versions: 3);
        Assert.Equal(2, (await s.Reviews.RequestAsync(s.Owner, s.ProjectId, new ReviewRequest(3, [s.Alice]))).Value!.BaseVersionNumber);
        Assert.Null((await s.Reviews.RequestAsync(s.Owner, s.ProjectId, new ReviewRequest(1, [s.Alice]))).Value!.BaseVersionNumber);
        Assert.Equal(1, (await s.Reviews.RequestAsync(s.Owner, s.ProjectId, new ReviewRequest(3, [s.Alice], BaseVersionNumber: 1))).Value!.BaseVersionNumber);
        Assert.Equal(ReviewCodes.MissingVersion, (await s.Reviews.RequestAsync(s.Owner, s.ProjectId, new ReviewRequest(9, [s.Alice]))).Problem?.Code);
        Assert.Equal(ReviewCodes.MissingVersion, (await s.Reviews.RequestAsync(s.Owner, s.ProjectId, new ReviewRequest(3, [s.Alice], BaseVersionNumber: 3))).Problem?.Code);
    }

    [SkippableFact]
    public async Task Non_members_viewers_and_the_requester_cannot_be_assigned_as_reviewers()
    {
        var s = await SetUpAsync();
        var stranger = await TestUsers.CreateAsync(s.Database, "stranger");
        var viewer = await TestUsers.CreateAsync(s.Database, "viewer");
        Assert.True((await s.Projects.Members.AddOrSetAsync(s.Owner, s.ProjectId, await TestUsers.UserNameAsync(s.Database, viewer), ProjectRole.Viewer)).Succeeded);
        var before = await ReviewAccessSpecification.SnapshotAsync(s.Database, s.ProjectId);

        foreach (var reviewers in new string[][] { [stranger], [s.Alice, stranger], [viewer], [s.Owner], [] })
        {
            var result = await s.Reviews.RequestAsync(s.Owner, s.ProjectId, new ReviewRequest(2, reviewers));
            Assert.Equal(ReviewCodes.BadReviewer, result.Problem?.Code);
        }
        Assert.Equal(before, await ReviewAccessSpecification.SnapshotAsync(s.Database, s.ProjectId));
    }

    [SkippableFact]
    public async Task Only_assigned_reviewers_give_verdicts_and_a_withdrawn_review_takes_none()
    {
        var s = await SetUpAsync();
        var review = (await s.Reviews.RequestAsync(s.Bob, s.ProjectId, new ReviewRequest(2, [s.Alice]))).Value!;
        // The owner may do anything else, but is not a reviewer here.
        Assert.Equal(AccessProblems.ForbiddenCode, (await s.Reviews.GiveVerdictAsync(s.Owner, s.ProjectId, review.Number, ReviewVerdict.Approved)).Problem?.Code);
        Assert.Equal(AccessProblems.ForbiddenCode, (await s.Reviews.WithdrawAsync(s.Owner, s.ProjectId, review.Number))?.Code);

        Assert.Null(await s.Reviews.WithdrawAsync(s.Bob, s.ProjectId, review.Number));
        var withdrawn = (await s.Reviews.LoadAsync(s.Alice, s.ProjectId, review.Number)).Value!.Summary;
        Assert.Equal(ReviewState.Withdrawn, withdrawn.State);
        Assert.NotNull(withdrawn.ClosedUtc);
        Assert.Equal(ReviewCodes.ReviewClosed, (await s.Reviews.GiveVerdictAsync(s.Alice, s.ProjectId, review.Number, ReviewVerdict.Approved)).Problem?.Code);
    }

    [SkippableFact]
    public async Task Discussion_keeps_plain_text_in_order_with_authors_and_objects()
    {
        var s = await SetUpAsync();
        var review = (await s.Reviews.RequestAsync(s.Owner, s.ProjectId, new ReviewRequest(2, [s.Alice], "<b>please</b> look"))).Value!;
        Assert.Equal(ReviewCodes.BadText, (await s.Reviews.CommentAsync(s.Alice, s.ProjectId, review.Number, "   ")).Problem?.Code);
        Assert.True((await s.Reviews.CommentAsync(s.Alice, s.ProjectId, review.Number, "Why <script>alert(1)</script> here?", "col-1", "customer.email")).Succeeded);
        s.Clock.Now = Start.AddMinutes(1);
        Assert.True((await s.Reviews.CommentAsync(s.Owner, s.ProjectId, review.Number, "  Fixed in v3  ")).Succeeded);

        var details = (await s.Reviews.LoadAsync(s.Bob, s.ProjectId, review.Number)).Value!;
        Assert.Equal("<b>please</b> look", details.Summary.Message);
        Assert.Equal(["Why <script>alert(1)</script> here?", "Fixed in v3"], details.Comments.Select(c => c.Body));
        Assert.Equal([s.Alice, s.Owner], details.Comments.Select(c => c.AuthorId));
        Assert.Equal(await TestUsers.UserNameAsync(s.Database, s.Alice), details.Comments[0].AuthorName);
        Assert.Equal(("col-1", "customer.email"), (details.Comments[0].ObjectId, details.Comments[0].ObjectLabel));
        Assert.Equal(ReviewCodes.MissingReview, (await s.Reviews.LoadAsync(s.Bob, s.ProjectId, 99)).Problem?.Code);
    }

    [SkippableFact]
    public async Task Reviews_list_open_ones_first_and_every_step_is_in_the_activity_log()
    {
        var s = await SetUpAsync();
        var first = (await s.Reviews.RequestAsync(s.Owner, s.ProjectId, new ReviewRequest(1, [s.Alice]))).Value!;
        var second = (await s.Reviews.RequestAsync(s.Owner, s.ProjectId, new ReviewRequest(2, [s.Alice]))).Value!;
        var third = (await s.Reviews.RequestAsync(s.Owner, s.ProjectId, new ReviewRequest(2, [s.Alice, s.Bob]))).Value!;
        await VerdictAsync(s, s.Alice, second.Number, ReviewVerdict.Approved);
        await s.Reviews.CommentAsync(s.Bob, s.ProjectId, third.Number, "hm");
        await VerdictAsync(s, s.Bob, third.Number, ReviewVerdict.ChangesRequested);
        Assert.Null(await s.Reviews.WithdrawAsync(s.Owner, s.ProjectId, first.Number));

        var listed = (await s.Reviews.ListAsync(s.Alice, s.ProjectId)).Value!;
        Assert.Equal([(3, ReviewState.ChangesRequested), (2, ReviewState.Approved), (1, ReviewState.Withdrawn)], listed.Select(r => (r.Number, r.State)));

        var log = (await s.Projects.Activity.ListAsync(s.Owner, s.ProjectId)).Value!.OrderBy(e => e.Id).ToList();
        Assert.Equal([ActivityKind.ReviewRequested, ActivityKind.ReviewRequested, ActivityKind.ReviewRequested, ActivityKind.ReviewVerdictGiven,
            ActivityKind.ReviewCommented, ActivityKind.ReviewVerdictGiven, ActivityKind.ReviewWithdrawn],
            log.Where(e => e.Kind.ToString().StartsWith("Review", StringComparison.Ordinal)).Select(e => e.Kind));
        Assert.Contains(log, e => e.Kind == ActivityKind.ReviewVerdictGiven && e.UserId == s.Bob && e.Summary.EndsWith("now changes requested", StringComparison.Ordinal));
    }
}

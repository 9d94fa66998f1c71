using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Data.Access;
using DesignStudio.Data.Comments;
using DesignStudio.Data.Reviews;
using DesignStudio.Data.Versions;
using DesignStudio.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace DesignStudio.Web.Tests.Layout;

/// <summary>The bell's review and resolution notifications, arriving live, against a real SQLite store.</summary>
public class NotificationBellLiveTests : StudioTestContext
{
    private static readonly Table Users = new() { Id = "tbl_users", Name = "users", Columns = [new Column { Id = "col_id", Name = "id", Type = LogicalType.Int64 }] };

    private ReviewStore Reviews => Services.GetRequiredService<ReviewStore>();

    private async Task<(Guid Project, string Reviewer)> ProjectWithReviewerAsync()
    {
        var project = (await Store.CreateProjectAsync("shop", new Design { Name = "shop", Tables = [Users] })).Value!.Id;
        var reviewer = await TempStore.CreateUserAsync("reviewer");
        Assert.True((await RealStore.Members.AddOrSetAsync(OwnerId, project, "reviewer", ProjectRole.Commenter)).Succeeded);
        var versions = Services.GetRequiredService<VersionStore>();
        Assert.True((await versions.CommitVersionAsync(OwnerId, project, new Design { Name = "shop" }, "v1")).Succeeded);
        Assert.True((await versions.CommitVersionAsync(OwnerId, project, new Design { Name = "shop", Tables = [Users] }, "v2")).Succeeded);
        return (project, reviewer);
    }

    [Fact]
    public async Task A_review_request_reaches_the_reviewers_bell_live_and_leads_to_the_review()
    {
        var (project, reviewer) = await ProjectWithReviewerAsync();
        SignInAs(reviewer, "reviewer");
        var bell = Render<NotificationBell>();
        bell.WaitForAssertion(() => Button(bell, "Notifications"));

        Assert.True((await Reviews.RequestAsync(OwnerId, project, new ReviewRequest(2, [reviewer], "Keys <b>ok</b>?"))).Succeeded);

        bell.WaitForAssertion(() => Button(bell, "Notifications, 1 unread").Click());
        bell.WaitForAssertion(() => Assert.Equal("owner asked you to review (review 1)", bell.Find(".ds-bell-what").TextContent));
        Assert.Equal("Review 1 of version 2: Keys <b>ok</b>?", bell.Find(".ds-bell-excerpt").TextContent);
        Button(bell, "Unread: owner asked you to review (review 1) in shop").Click();
        var navigation = Services.GetRequiredService<NavigationManager>();
        bell.WaitForAssertion(() => Assert.EndsWith($"/projects/{project}/reviews/1", navigation.Uri));
        Assert.Equal(0, await TempStore.Comments.Notifications.UnreadCountAsync(reviewer));
    }

    [Fact]
    public async Task A_verdict_reaches_the_requesters_bell_live()
    {
        var (project, reviewer) = await ProjectWithReviewerAsync();
        Assert.True((await Reviews.RequestAsync(OwnerId, project, new ReviewRequest(2, [reviewer]))).Succeeded);
        var bell = Render<NotificationBell>(); // the owner, who asked for the review
        bell.WaitForAssertion(() => Button(bell, "Notifications"));

        Assert.True((await Reviews.GiveVerdictAsync(reviewer, project, 1, ReviewVerdict.Approved)).Succeeded);

        bell.WaitForAssertion(() => Button(bell, "Notifications, 1 unread").Click());
        bell.WaitForAssertion(() => Assert.Equal("reviewer approved review 1", bell.Find(".ds-bell-what").TextContent));
    }

    [Fact]
    public async Task A_verdict_relayed_from_another_instance_refreshes_only_the_bell_of_a_notified_user()
    {
        var (project, reviewer) = await ProjectWithReviewerAsync();
        Assert.True((await Reviews.RequestAsync(OwnerId, project, new ReviewRequest(2, [reviewer]))).Succeeded);
        var bell = Render<NotificationBell>();
        bell.WaitForAssertion(() => Button(bell, "Notifications"));
        // The other instance wrote the verdict and its notification; here only the relayed change arrives.
        var elsewhere = new ReviewStore(TempStore.Database, TimeProvider.System, new ReviewEvents(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ReviewStore>.Instance);
        Assert.True((await elsewhere.GiveVerdictAsync(reviewer, project, 1, ReviewVerdict.ChangesRequested)).Succeeded);
        var renders = bell.RenderCount;
        ReviewEvents.Raise(new ReviewChange(project, 1, ReviewChangeKind.VerdictGiven, ["somebody-else"], "other"));
        Assert.Equal(renders, bell.RenderCount);

        ReviewEvents.Raise(new ReviewChange(project, 1, ReviewChangeKind.VerdictGiven, [OwnerId], "other"));

        bell.WaitForAssertion(() => Button(bell, "Notifications, 1 unread").Click());
        bell.WaitForAssertion(() => Assert.Equal("reviewer requested changes in review 1", bell.Find(".ds-bell-what").TextContent));
    }

    [Fact]
    public async Task Resolving_a_thread_reaches_its_starters_bell_live()
    {
        var (project, reviewer) = await ProjectWithReviewerAsync();
        var thread = (await TempStore.Comments.StartThreadAsync(OwnerId, project, CommentTarget.ForTable(Users), "Rename to accounts?")).Value!.ThreadId;
        var bell = Render<NotificationBell>();
        bell.WaitForAssertion(() => Button(bell, "Notifications"));

        Assert.Null(await TempStore.Comments.ResolveAsync(reviewer, project, thread));

        bell.WaitForAssertion(() => Button(bell, "Notifications, 1 unread").Click());
        bell.WaitForAssertion(() => Assert.Equal("reviewer resolved the thread on users", bell.Find(".ds-bell-what").TextContent));
        Assert.Equal("Resolved: Rename to accounts?", bell.Find(".ds-bell-excerpt").TextContent);
        Button(bell, "Unread: reviewer resolved the thread on users in shop").Click();
        var navigation = Services.GetRequiredService<NavigationManager>();
        bell.WaitForAssertion(() => Assert.EndsWith($"/projects/{project}?thread={thread}", navigation.Uri));
    }
}

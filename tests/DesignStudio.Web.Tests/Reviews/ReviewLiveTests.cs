using Bunit;
using DesignStudio.Core.Dialects;
using DesignStudio.Data.Access;
using DesignStudio.Data.Reviews;
using DesignStudio.Data.Versions;
using DesignStudio.Web.Components.Pages.Designer.Reviews;
using DesignStudio.Web.Components.Pages.Designer.Versions;
using DesignStudio.Web.Services;
using DesignStudio.Web.Tests.Versions;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DesignStudio.Web.Tests.Reviews;

/// <summary>Open review pages, the review list and the version history follow changes made on other pages, without a reload.</summary>
public class ReviewLiveTests : StudioTestContext
{
    private const string ReviewerName = "reviewer";

    public ReviewLiveTests()
    {
        Services.AddSingleton<IDdlSource>(new SqlDialectDdlSource(DialectRegistry.All));
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", true));
    }

    private ReviewStore Reviews => Services.GetRequiredService<ReviewStore>();

    private async Task<(Guid Id, string ReviewerId)> SetUpAsync(bool requested = true)
    {
        var versions = Services.GetRequiredService<VersionStore>();
        var id = (await Store.CreateProjectAsync("shop", DesignDiffViewTests.V2)).Value!.Id;
        var reviewer = await TempStore.CreateUserAsync(ReviewerName);
        Assert.True((await RealStore.Members.AddOrSetAsync(OwnerId, id, ReviewerName, ProjectRole.Commenter)).Succeeded);
        await versions.CommitVersionAsync(OwnerId, id, DesignDiffViewTests.V1, "base");
        await versions.CommitVersionAsync(OwnerId, id, DesignDiffViewTests.V2, "next");
        if (requested) Assert.True((await Reviews.RequestAsync(OwnerId, id, new ReviewRequest(2, [reviewer]))).Succeeded);
        return (id, reviewer);
    }

    private IRenderedComponent<ReviewPage> Open(Guid id)
    {
        Render<MudPopoverProvider>();
        var page = Render<ReviewPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Number, 1));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[aria-label='Change list']")));
        return page;
    }

    [Fact]
    public async Task The_requesters_open_review_page_shows_a_verdict_and_a_comment_given_on_another_page()
    {
        var (id, reviewerId) = await SetUpAsync();
        var page = Open(id); // the owner, who requested it
        Assert.NotNull(page.Find("[aria-label='Review state: In review']"));

        Assert.True((await Reviews.CommentAsync(reviewerId, id, 1, "One question about the <b>rename</b>")).Succeeded);
        page.WaitForAssertion(() => Assert.Contains("One question about the &lt;b&gt;rename&lt;/b&gt;", page.Find("[aria-label='Comments']").InnerHtml));

        Assert.True((await Reviews.GiveVerdictAsync(reviewerId, id, 1, ReviewVerdict.Approved)).Succeeded);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[aria-label='Review state: Approved']")));
        Assert.Contains("Approved", page.Find("[aria-label='Reviewers']").TextContent);
    }

    [Fact]
    public async Task A_review_change_relayed_from_another_instance_reloads_the_page_and_other_reviews_do_not()
    {
        var (id, reviewerId) = await SetUpAsync();
        Assert.True((await Reviews.RequestAsync(OwnerId, id, new ReviewRequest(1, [reviewerId]))).Succeeded);
        var page = Open(id);
        var renders = page.RenderCount;

        // Review 2 changing does not concern the page of review 1, nor does another project's review 1.
        ReviewEvents.Raise(new ReviewChange(id, 2, ReviewChangeKind.Commented, [], "elsewhere"));
        ReviewEvents.Raise(new ReviewChange(Guid.NewGuid(), 1, ReviewChangeKind.Commented, [], "elsewhere"));
        Assert.Equal(renders, page.RenderCount);

        // Written to the shared store by another instance, announced here by the relay (no local event for the write).
        await using (var db = TempStore.Database.CreateContext())
        {
            db.ReviewComments.Add(new ReviewComment
            {
                Id = Guid.CreateVersion7(), ReviewId = db.Reviews.Single(r => r.ProjectId == id && r.Number == 1).Id, AuthorId = reviewerId,
                Body = "from the other server", CreatedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        ReviewEvents.Raise(new ReviewChange(id, 1, ReviewChangeKind.Commented, [], "elsewhere"));

        page.WaitForAssertion(() => Assert.Contains("from the other server", page.Find("[aria-label='Comments']").TextContent));
    }

    [Fact]
    public async Task The_review_list_shows_a_new_request_and_a_verdict_without_reloading()
    {
        var (id, reviewerId) = await SetUpAsync(requested: false);
        var list = Render<ReviewsPage>(p => p.Add(x => x.ProjectId, id));
        list.WaitForAssertion(() => Assert.DoesNotContain("Review 1", list.Markup));

        Assert.True((await Reviews.RequestAsync(OwnerId, id, new ReviewRequest(2, [reviewerId]))).Succeeded);
        list.WaitForAssertion(() => Assert.Contains("reviewer (pending)", list.Markup));

        Assert.True((await Reviews.GiveVerdictAsync(reviewerId, id, 1, ReviewVerdict.ChangesRequested)).Succeeded);
        list.WaitForAssertion(() => Assert.Contains("reviewer (changes requested)", list.Markup));
    }

    [Fact]
    public async Task The_version_history_shows_a_review_state_changed_on_another_page()
    {
        var (id, reviewerId) = await SetUpAsync();
        Render<MudPopoverProvider>();
        var panel = Render<VersionsPanel>(p => p.Add(x => x.ProjectId, id).Add(x => x.Design, DesignDiffViewTests.V2).Add(x => x.DocumentVersion, 1));
        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[aria-label='Version 2 review: In review']")));

        Assert.True((await Reviews.GiveVerdictAsync(reviewerId, id, 1, ReviewVerdict.Approved)).Succeeded);

        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[aria-label='Version 2 review: Approved']")));
        Assert.Contains("Reviews (0 open)", panel.Markup);
    }

    [Fact]
    public async Task A_new_version_and_its_review_request_made_on_another_page_show_in_the_history()
    {
        var (id, reviewerId) = await SetUpAsync();
        Render<MudPopoverProvider>();
        var panel = Render<VersionsPanel>(p => p.Add(x => x.ProjectId, id).Add(x => x.Design, DesignDiffViewTests.V2).Add(x => x.DocumentVersion, 1));
        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[aria-label='Version 2 review: In review']")));

        var versions = Services.GetRequiredService<VersionStore>();
        Assert.True((await versions.CommitVersionAsync(OwnerId, id, DesignDiffViewTests.V1, "third")).Succeeded);
        Assert.True((await Reviews.RequestAsync(OwnerId, id, new ReviewRequest(3, [reviewerId], "Again, with the fix"))).Succeeded);

        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[aria-label='Version 3 review: In review']")));
        Assert.Contains("v3 · third", panel.Find("[aria-label='Version history']").TextContent);
        Assert.Contains("Reviews (2 open)", panel.Markup);
    }

    [Fact]
    public async Task Opening_a_review_marks_its_notifications_read()
    {
        var (id, reviewerId) = await SetUpAsync();
        Assert.Equal(1, await TempStore.Comments.Notifications.UnreadCountAsync(reviewerId));
        SignInAs(reviewerId, ReviewerName);

        Open(id);

        Assert.Equal(0, await TempStore.Comments.Notifications.UnreadCountAsync(reviewerId));
    }
}

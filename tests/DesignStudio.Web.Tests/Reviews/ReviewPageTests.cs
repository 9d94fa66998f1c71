using Bunit;
using DesignStudio.Core.Dialects;
using DesignStudio.Data.Access;
using DesignStudio.Data.Reviews;
using DesignStudio.Data.Versions;
using DesignStudio.Web.Components.Pages.Designer.Reviews;
using DesignStudio.Web.Services;
using DesignStudio.Web.Tests.Versions;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DesignStudio.Web.Tests.Reviews;

/// <summary>The review page as a reviewer, the requester and a viewer see it.</summary>
public class ReviewPageTests : StudioTestContext
{
    private const string ReviewerName = "<i>reviewer</i>";

    public ReviewPageTests()
    {
        Services.AddSingleton<IDdlSource>(new SqlDialectDdlSource(DialectRegistry.All));
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", true));
    }

    private ReviewStore Reviews => Services.GetRequiredService<ReviewStore>();

    private async Task<(Guid Id, string ReviewerId)> SetUpAsync()
    {
        var versions = Services.GetRequiredService<VersionStore>();
        var id = (await Store.CreateProjectAsync("shop", DesignDiffViewTests.V2)).Value!.Id;
        var reviewer = await TempStore.CreateUserAsync(ReviewerName);
        Assert.True((await RealStore.Members.AddOrSetAsync(OwnerId, id, ReviewerName, ProjectRole.Commenter)).Succeeded);
        await versions.CommitVersionAsync(OwnerId, id, DesignDiffViewTests.V1, "base");
        await versions.CommitVersionAsync(OwnerId, id, DesignDiffViewTests.V2, "next");
        Assert.True((await Reviews.RequestAsync(OwnerId, id, new ReviewRequest(2, [reviewer], "Is the <b>rename</b> fine?"))).Succeeded);
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
    public async Task Reviewer_sees_the_diff_scripts_and_new_findings_comments_and_decides()
    {
        var (id, reviewerId) = await SetUpAsync();
        SignInAs(reviewerId, ReviewerName);
        var page = Open(id);

        Assert.Contains("Review 1: v2 next", page.Find("h1").TextContent);
        Assert.Equal("In review", page.Find("[aria-label='Review state: In review']").TextContent.Trim());
        Assert.Contains("Compared with v1 base", page.Markup);
        Assert.Contains("Is the &lt;b&gt;rename&lt;/b&gt; fine?", page.Markup); // the message renders as text
        Assert.Contains("labels", page.Find("[aria-label='Change list']").TextContent);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[aria-label='Table orders (added)']")));
        Assert.Contains("ALTER TABLE \"tags\" RENAME TO \"labels\"", page.Find("[aria-label='Up script']").TextContent);
        // orders, new in v2, has no primary key: that lint finding is new and highlighted; its normal form row says "new table".
        var newFinding = page.FindAll("[aria-label='Lint findings'] li.ds-review-new").Single(li => li.TextContent.Contains("LN001") && li.TextContent.Contains("orders"));
        Assert.Contains("New", newFinding.TextContent);
        Assert.Contains("new table", page.FindAll("tr.ds-review-new").Single(tr => tr.TextContent.Contains("orders")).TextContent);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "Withdraw");

        Type(page, "Comment", "Why drop <script>audit</script>?");
        Button(page, "Add comment").Click();
        page.WaitForAssertion(() => Assert.True(page.Find("[aria-label='Comments']").InnerHtml.Contains("Why drop &lt;script&gt;audit&lt;/script&gt;?"), page.Find("[aria-label='Discussion']").OuterHtml));
        Assert.Contains("&lt;i&gt;reviewer&lt;/i&gt;", page.Find("[aria-label='Comments']").InnerHtml); // the author's name as text

        Button(page, "Request changes").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[aria-label='Review state: Changes requested']")));
        Assert.Contains("Changes requested", page.Find("[aria-label='Reviewers']").TextContent);
        Button(page, "Approve").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[aria-label='Review state: Approved']")));
        var stored = (await Reviews.LoadAsync(OwnerId, id, 1)).Value!;
        Assert.Equal(ReviewState.Approved, stored.Summary.State);
        Assert.Equal(["Why drop <script>audit</script>?"], stored.Comments.Select(c => c.Body));
    }

    [Fact]
    public async Task Requester_can_withdraw_but_not_give_a_verdict()
    {
        var (id, _) = await SetUpAsync();
        var page = Open(id);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() is "Approve" or "Request changes");
        Button(page, "Withdraw").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[aria-label='Review state: Withdrawn']")));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "Withdraw");
        Assert.Equal(ReviewState.Withdrawn, (await Reviews.LoadAsync(OwnerId, id, 1)).Value!.Summary.State);
    }

    [Fact]
    public async Task Viewer_reads_the_review_without_verdict_or_comment_controls_and_a_stranger_sees_nothing()
    {
        var (id, _) = await SetUpAsync();
        var viewer = await TempStore.CreateUserAsync("viewer");
        Assert.True((await RealStore.Members.AddOrSetAsync(OwnerId, id, "viewer", ProjectRole.Viewer)).Succeeded);
        SignInAs(viewer, "viewer");
        var page = Open(id);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() is "Approve" or "Request changes" or "Withdraw" or "Add comment");
        Assert.NotNull(page.Find("[aria-label='Discussion']"));

        SignInAs(await TempStore.CreateUserAsync("stranger"), "stranger");
        var hidden = Render<ReviewPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Number, 1));
        hidden.WaitForAssertion(() => Assert.Contains("Review not found", hidden.Find("h1").TextContent));
    }

    [Fact]
    public async Task Review_of_the_first_version_compares_with_the_empty_design_and_its_scripts_download()
    {
        var (id, reviewerId) = await SetUpAsync();
        Assert.True((await Reviews.RequestAsync(OwnerId, id, new ReviewRequest(1, [reviewerId]))).Succeeded);
        Render<MudPopoverProvider>();
        var page = Render<ReviewPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Number, 2));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[aria-label='Change list']")));
        Assert.Contains("Compared with empty design", page.Markup);
        Assert.Contains("CREATE TABLE \"users\"", page.Find("[aria-label='Up script']").TextContent);
        Assert.Contains("new table", page.FindAll("tr.ds-review-new").Single(tr => tr.TextContent.Contains("users")).TextContent);

        var workbench = Services.GetRequiredService<DesignStudio.Web.Services.Versions.MigrationWorkbench>();
        var pair = (await workbench.LoadAsync(OwnerId, id, 0, 1))!;
        Assert.Empty(pair.From.Tables);
        Assert.Equal("empty design", pair.FromLabel);
        Assert.Null(await workbench.LoadAsync(await TempStore.CreateUserAsync("outsider"), id, 0, 1)); // still the caller's read
    }
}

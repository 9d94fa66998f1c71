using Bunit;
using DesignStudio.Data.Access;
using DesignStudio.Data.Reviews;
using DesignStudio.Data.Versions;
using DesignStudio.Web.Components.Pages.Designer.Versions;
using DesignStudio.Web.Tests.Versions;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DesignStudio.Web.Tests.Reviews;

/// <summary>"Request review" from the version history: the dialog, the stored review and the state chip in the history.</summary>
public class RequestReviewDialogTests : StudioTestContext
{
    private const string Reviewer = "<b>rev</b>";

    private IRenderedComponent<MudDialogProvider> dialogs = default!;

    private VersionStore Versions => Services.GetRequiredService<VersionStore>();

    private ReviewStore Reviews => Services.GetRequiredService<ReviewStore>();

    private async Task<(Guid Id, IRenderedComponent<VersionsPanel> Panel, string ReviewerId)> OpenAsync(Func<Guid, string, Task>? setup = null)
    {
        var id = (await Store.CreateProjectAsync("shop", DesignDiffViewTests.V1)).Value!.Id;
        var reviewer = await TempStore.CreateUserAsync(Reviewer);
        await TempStore.CreateUserAsync("onlooker");
        Assert.True((await RealStore.Members.AddOrSetAsync(OwnerId, id, Reviewer, ProjectRole.Commenter)).Succeeded);
        Assert.True((await RealStore.Members.AddOrSetAsync(OwnerId, id, "onlooker", ProjectRole.Viewer)).Succeeded);
        await Versions.CommitVersionAsync(OwnerId, id, DesignDiffViewTests.V1, "base");
        await Versions.CommitVersionAsync(OwnerId, id, DesignDiffViewTests.V2, "next");
        if (setup is not null) await setup(id, reviewer);
        Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
        var panel = Render<VersionsPanel>(p => p.Add(x => x.ProjectId, id).Add(x => x.Design, DesignDiffViewTests.V2).Add(x => x.DocumentVersion, 1));
        panel.WaitForAssertion(() => Button(panel, "Request review of version 2"));
        return (id, panel, reviewer);
    }

    [Fact]
    public async Task Request_review_offers_members_who_can_comment_and_stores_the_review_against_the_previous_version()
    {
        var (id, panel, reviewerId) = await OpenAsync();
        Button(panel, "Request review of version 2").Click();
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("[aria-label='Reviewers']")));
        var offered = dialogs.Find("[aria-label='Reviewers']").TextContent;
        Assert.Contains($"{Reviewer} (commenter)", offered);
        Assert.DoesNotContain("onlooker", offered); // a viewer cannot review
        Assert.DoesNotContain(TempSqliteStore.OwnerName + " (", offered); // nor the requester
        Assert.Contains("&lt;b&gt;rev&lt;/b&gt;", dialogs.Markup); // names render as text
        Assert.True(Button(dialogs, "Send review request").HasAttribute("disabled"));

        Labelled(dialogs, $"{Reviewer} (commenter)").Change(true);
        Type(dialogs, "Message to the reviewers", "Please check the <i>rename</i>");
        dialogs.WaitForAssertion(() => Assert.False(Button(dialogs, "Send review request").HasAttribute("disabled")));
        Button(dialogs, "Send review request").Click();

        panel.WaitForAssertion(() => Assert.Equal("In review", panel.Find("[aria-label='Version 2 review: In review']").TextContent.Trim()));
        Assert.Equal($"/projects/{id}/reviews/1", panel.Find("[aria-label='Version 2 review: In review']").GetAttribute("href"));
        var review = (await Reviews.LoadAsync(OwnerId, id, 1)).Value!.Summary;
        Assert.Equal((2, (int?)1, "Please check the <i>rename</i>"), (review.VersionNumber, review.BaseVersionNumber, review.Message));
        Assert.Equal([reviewerId], review.Reviewers.Select(r => r.UserId));
        Assert.Contains("Reviews (1 open)", panel.Markup);
    }

    [Fact]
    public async Task History_shows_the_latest_review_state_of_each_version()
    {
        var (_, panel, _) = await OpenAsync(async (id, reviewerId) =>
        {
            var review = (await Reviews.RequestAsync(OwnerId, id, new ReviewRequest(1, [reviewerId]))).Value!;
            Assert.True((await Reviews.GiveVerdictAsync(reviewerId, id, review.Number, ReviewVerdict.ChangesRequested)).Succeeded);
            var dropped = (await Reviews.RequestAsync(OwnerId, id, new ReviewRequest(2, [reviewerId]))).Value!;
            Assert.Null(await Reviews.WithdrawAsync(OwnerId, id, dropped.Number));
        });
        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[aria-label='Version 1 review: Changes requested']")));
        Assert.Empty(panel.FindAll("[aria-label^='Version 2 review']")); // a withdrawn review shows no state
        Assert.Contains("Reviews (1 open)", panel.Markup);
    }
}

using DesignStudio.Core.Model;
using DesignStudio.Data.Access;
using DesignStudio.Data.Reviews;
using DesignStudio.Data.Versions;
using DesignStudio.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DesignStudio.E2E.Tests;

/// <summary>Two people (two browser contexts) on one review: a verdict reaches the other's open page and bell without a reload.</summary>
public sealed class ReviewLiveFlowTests
{
    private const string ReviewerPassword = "erin-password-12";

    [SkippableFact]
    public async Task A_reviewers_approval_shows_on_the_requesters_open_review_page_and_in_their_bell_without_reload()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var server = new StudioServer();
        var project = (await server.Store.CreateProjectAsync("Blog", StarterDesigns.Blog())).Value!;
        var reviewerId = await server.RegisterAsync("erin", ReviewerPassword);
        Assert.True((await server.RealStore.Members.AddOrSetAsync(server.DefaultUserId, project.Id, "erin", ProjectRole.Commenter)).Succeeded);
        var versions = server.Services.GetRequiredService<VersionStore>();
        Assert.True((await versions.CommitVersionAsync(server.DefaultUserId, project.Id, new Design { Name = "Blog" }, "empty")).Succeeded);
        Assert.True((await versions.CommitVersionAsync(server.DefaultUserId, project.Id, StarterDesigns.Blog(), "blog")).Succeeded);
        var reviews = server.Services.GetRequiredService<ReviewStore>();
        Assert.True((await reviews.RequestAsync(server.DefaultUserId, project.Id, new ReviewRequest(2, [reviewerId], "First cut of the blog"))).Succeeded);

        var owner = await OpenReviewAsync(await browser.NewPageAsAsync(server, StudioServer.DefaultUserName, StudioServer.DefaultPassword), project.Id);
        var reviewer = await OpenReviewAsync(await browser.NewPageAsAsync(server, "erin", ReviewerPassword), project.Id);
        await Expect(owner.GetByLabel("Review state: In review")).ToBeVisibleAsync();
        await Expect(owner.GetByRole(AriaRole.Button, new() { Name = "Notifications", Exact = true })).ToBeVisibleAsync();

        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(reviewer.GetByLabel("Review state: Approved")).ToBeVisibleAsync();

        // The requester's page was not reloaded: the verdict and the notification arrive live.
        await Expect(owner.GetByLabel("Review state: Approved")).ToBeVisibleAsync();
        await Expect(owner.GetByRole(AriaRole.List, new() { Name = "Reviewers" })).ToContainTextAsync("Approved");
        var bell = owner.GetByRole(AriaRole.Button, new() { Name = "Notifications, 1 unread" });
        await Expect(bell).ToBeVisibleAsync();
        await bell.ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Region, new() { Name = "Notifications" })).ToContainTextAsync("erin approved review 1");
    }

    private static async Task<IPage> OpenReviewAsync(IPage page, Guid projectId)
    {
        await page.SetViewportSizeAsync(1440, 1000);
        await page.GotoAsync($"/projects/{projectId}/reviews/1");
        await BrowserSession.WaitForInteractiveAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review 1: v2 blog" })).ToBeVisibleAsync();
        return page;
    }
}

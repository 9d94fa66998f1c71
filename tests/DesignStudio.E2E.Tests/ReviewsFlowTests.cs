using DesignStudio.Data.Access;
using DesignStudio.Web.Services;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DesignStudio.E2E.Tests;

/// <summary>Design review in real Chromium with two accounts: request, read the diff and scripts, discuss, request changes, approve.</summary>
public sealed class ReviewsFlowTests
{
    private const string ReviewerPassword = "erin-password-12";

    [SkippableFact]
    public async Task Owner_requests_review_reviewer_comments_requests_changes_then_approves_and_history_follows()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var server = new StudioServer();
        var project = (await server.Store.CreateProjectAsync("Blog", StarterDesigns.Blog())).Value!;
        await server.RegisterAsync("erin", ReviewerPassword);
        Assert.True((await server.RealStore.Members.AddOrSetAsync(server.DefaultUserId, project.Id, "erin", ProjectRole.Editor)).Succeeded);

        var owner = await browser.NewPageAsAsync(server, StudioServer.DefaultUserName, StudioServer.DefaultPassword);
        await owner.SetViewportSizeAsync(1440, 1000);
        await owner.GotoAsync($"/projects/{project.Id}");
        await BrowserSession.WaitForInteractiveAsync(owner);
        await BrowserSession.OpenTabAsync(owner, "Versions");
        var versions = owner.GetByRole(AriaRole.Region, new() { Name = "Versions" });
        var history = versions.GetByRole(AriaRole.List, new() { Name = "Version history" });
        await versions.GetByRole(AriaRole.Textbox, new() { Name = "Version name" }).FillAsync("first");
        await versions.GetByRole(AriaRole.Button, new() { Name = "Commit version" }).ClickAsync();
        await Expect(history).ToContainTextAsync("v1 · first");
        await owner.GetByRole(AriaRole.Textbox, new() { Name = "New table name" }).FillAsync("invoices");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Add table" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Status, new() { Name = "Save status" })).ToHaveTextAsync("Saved (version 1)");
        await BrowserSession.OpenTabAsync(owner, "Versions"); // adding a table opened the Table tab
        await versions.GetByRole(AriaRole.Textbox, new() { Name = "Version name" }).FillAsync("second");
        await versions.GetByRole(AriaRole.Button, new() { Name = "Commit version" }).ClickAsync();
        await Expect(history).ToContainTextAsync("v2 · second");

        await versions.GetByRole(AriaRole.Button, new() { Name = "Request review of version 2" }).ClickAsync();
        var dialog = owner.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Group, new() { Name = "Reviewers" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Message to the reviewers" }).FillAsync("Adds invoices: please look");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Send review request" }).ClickAsync();
        await Expect(history.GetByRole(AriaRole.Link, new() { Name = "Version 2 review: In review" })).ToBeVisibleAsync();

        var reviewer = await browser.NewPageAsAsync(server, "erin", ReviewerPassword);
        await reviewer.SetViewportSizeAsync(1440, 1000);
        await reviewer.GotoAsync($"/projects/{project.Id}");
        await BrowserSession.WaitForInteractiveAsync(reviewer);
        await BrowserSession.OpenTabAsync(reviewer, "Versions");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "Reviews (1 open)" }).ClickAsync();
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "Review 1 of v2" }).ClickAsync();
        await reviewer.WaitForURLAsync($"**/projects/{project.Id}/reviews/1");
        await BrowserSession.WaitForInteractiveAsync(reviewer);
        await Expect(reviewer.GetByRole(AriaRole.Heading, new() { Name = "Review 1: v2 second" })).ToBeVisibleAsync();
        await Expect(reviewer.GetByText("Adds invoices: please look")).ToBeVisibleAsync();
        await Expect(reviewer.GetByRole(AriaRole.List, new() { Name = "Change list" })).ToContainTextAsync("invoices");
        await Expect(reviewer.GetByRole(AriaRole.Region, new() { Name = "Diagram" }).GetByRole(AriaRole.Group, new() { Name = "Table invoices (added)" })).ToBeVisibleAsync();
        await Expect(reviewer.GetByRole(AriaRole.Textbox, new() { Name = "Up script" })).ToContainTextAsync("CREATE TABLE \"invoices\"");

        var discussion = reviewer.GetByRole(AriaRole.Region, new() { Name = "Discussion" });
        await discussion.GetByRole(AriaRole.Textbox, new() { Name = "Comment" }).FillAsync("invoices needs a primary key");
        await discussion.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Expect(discussion.GetByRole(AriaRole.List, new() { Name = "Comments" })).ToContainTextAsync("invoices needs a primary key");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Request changes" }).ClickAsync();
        await Expect(reviewer.GetByLabel("Review state: Changes requested")).ToBeVisibleAsync();

        await owner.ReloadAsync();
        await BrowserSession.WaitForInteractiveAsync(owner);
        await BrowserSession.OpenTabAsync(owner, "Versions");
        await Expect(history.GetByRole(AriaRole.Link, new() { Name = "Version 2 review: Changes requested" })).ToBeVisibleAsync();

        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(reviewer.GetByLabel("Review state: Approved")).ToBeVisibleAsync();
        await owner.ReloadAsync();
        await BrowserSession.WaitForInteractiveAsync(owner);
        await BrowserSession.OpenTabAsync(owner, "Versions");
        await Expect(history.GetByRole(AriaRole.Link, new() { Name = "Version 2 review: Approved" })).ToBeVisibleAsync();
    }
}

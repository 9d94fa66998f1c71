using System.Text.RegularExpressions;
using DesignStudio.Data.Access;
using DesignStudio.Web.Services;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DesignStudio.E2E.Tests;

/// <summary>Comments between two accounts: a mention, the notification, a reply, resolving, and the canvas marker.</summary>
public sealed class CommentsFlowTests
{
    [SkippableFact]
    public async Task Owner_mentions_a_commenter_who_replies_from_the_notification_and_the_owner_resolves_the_thread()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var server = new StudioServer();
        var design = StarterDesigns.Blog();
        var table = design.Tables[0];
        var project = (await server.Store.CreateProjectAsync("Team blog", design)).Value!;
        await server.RegisterAsync("cora", "cora-password-12");
        Assert.True((await server.RealStore.Members.AddOrSetAsync(server.DefaultUserId, project.Id, "cora", ProjectRole.Commenter)).Succeeded);
        var owner = await OpenAsync(await browser.NewPageAsAsync(server, StudioServer.DefaultUserName, StudioServer.DefaultPassword), $"/projects/{project.Id}");
        var cora = await OpenAsync(await browser.NewPageAsAsync(server, "cora", "cora-password-12"), "/");
        await Expect(Bell(cora)).ToHaveAttributeAsync("aria-label", "Notifications");

        // The owner starts two threads on the table from the table editor's "Comment" action, the first mentioning cora.
        await BrowserSession.OpenTabAsync(owner, "Tables");
        await owner.GetByRole(AriaRole.Navigation, new() { Name = "Table list" }).GetByRole(AriaRole.Button, new() { Name = table.QualifiedName, Exact = true }).ClickAsync();
        await PostOnTableAsync(owner, table.QualifiedName, "@cora is this name right?");
        await PostOnTableAsync(owner, table.QualifiedName, "Second thought: add a comment column.");
        await Expect(Marker(owner, table.Name, 2)).ToBeVisibleAsync();

        // Cora sees the notification arrive, opens it and lands on the thread, and replies.
        await Expect(Bell(cora)).ToHaveAttributeAsync("aria-label", "Notifications, 1 unread");
        await Bell(cora).ClickAsync();
        await cora.GetByRole(AriaRole.Button, new() { Name = $"Unread: tester mentioned you on {table.QualifiedName} in Team blog" }).ClickAsync();
        await Expect(cora).ToHaveURLAsync(new Regex($"/projects/{project.Id}\\?thread="));
        var thread = cora.GetByRole(AriaRole.Region, new() { Name = $"Thread on {table.QualifiedName}" });
        await Expect(thread.Locator(".ds-comment-body")).ToHaveTextAsync(["@cora is this name right?"]);
        await Expect(Bell(cora)).ToHaveAttributeAsync("aria-label", "Notifications");
        await thread.GetByRole(AriaRole.Textbox, new() { Name = "Reply" }).FillAsync("Yes, it matches the style guide.");
        await thread.GetByRole(AriaRole.Button, new() { Name = "Post reply" }).ClickAsync();
        await Expect(thread.Locator(".ds-comment-body")).ToHaveCountAsync(2);

        // The owner is notified of the reply, opens the thread from the marker's table and resolves it: the marker drops to 1.
        await Expect(Bell(owner)).ToHaveAttributeAsync("aria-label", "Notifications, 1 unread");
        var comments = owner.GetByRole(AriaRole.Region, new() { Name = "Comments" });
        await comments.GetByRole(AriaRole.Button, new() { Name = $"Open thread on {table.QualifiedName}" }).Filter(new() { HasText = "is this name right" }).ClickAsync();
        var ownerThread = owner.GetByRole(AriaRole.Region, new() { Name = $"Thread on {table.QualifiedName}" });
        await Expect(ownerThread.Locator(".ds-comment-body")).ToHaveTextAsync(["@cora is this name right?", "Yes, it matches the style guide."]);
        await ownerThread.GetByRole(AriaRole.Button, new() { Name = "Resolve thread" }).ClickAsync();
        await Expect(Marker(owner, table.Name, 1)).ToBeVisibleAsync();
        await Expect(Marker(owner, table.Name, 2)).ToHaveCountAsync(0);
        await Expect(cora.GetByRole(AriaRole.Region, new() { Name = $"Thread on {table.QualifiedName}" }).GetByText("Resolved", new() { Exact = true })).ToBeVisibleAsync();
    }

    private static async Task<IPage> OpenAsync(IPage page, string path)
    {
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(path);
        await BrowserSession.WaitForInteractiveAsync(page);
        return page;
    }

    private static async Task PostOnTableAsync(IPage page, string table, string text)
    {
        await BrowserSession.OpenTabAsync(page, "Table"); // the table editor's Comment action; posting opens the Comments tab
        await page.GetByRole(AriaRole.Button, new() { Name = $"Comment on {table}", Exact = true }).ClickAsync();
        var box = page.GetByRole(AriaRole.Region, new() { Name = "New comment" });
        await box.GetByRole(AriaRole.Textbox, new() { Name = "Comment", Exact = true }).FillAsync(text);
        await box.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = $"Thread on {table}" }).Locator(".ds-comment-body").First).ToHaveTextAsync(text);
    }

    private static ILocator Bell(IPage page) => page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Notifications") });

    private static ILocator Marker(IPage page, string table, int count) =>
        page.Locator(".diagram-canvas").GetByRole(AriaRole.Button, new() { Name = $"{count} open comment{(count == 1 ? "" : "s")} on {table}", Exact = true });
}

using DesignStudio.Data;
using DesignStudio.Data.Access;
using DesignStudio.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DesignStudio.E2E.Tests;

/// <summary>Two people (two browser contexts, so two separate sessions) editing one design at once.</summary>
public sealed class CollaborationFlowTests
{
    [SkippableFact]
    public async Task Two_browsers_on_one_design_see_each_others_edits_and_each_other_in_presence()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var server = new StudioServer();
        var project = (await server.Store.CreateProjectAsync("Team blog", StarterDesigns.Blog())).Value!;
        // A second account, made an editor of the project by its owner (the default account).
        await server.RegisterAsync("bob", "bob-password-12");
        Assert.True((await server.RealStore.Members.AddOrSetAsync(server.DefaultUserId, project.Id, "bob", ProjectRole.Editor)).Succeeded);
        var ana = await OpenAsync(await browser.NewPageAsAsync(server, StudioServer.DefaultUserName, StudioServer.DefaultPassword), project.Id);
        var ben = await OpenAsync(await browser.NewPageAsAsync(server, "bob", "bob-password-12"), project.Id);

        // Both appear in presence on both pages.
        foreach (var page in new[] { ana, ben })
        {
            await Expect(page.GetByRole(AriaRole.List, new() { Name = "People on this design" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        }

        await AddTableAsync(ana, "invoices");
        await BrowserSession.OpenTabAsync(ben, "Tables");
        await Expect(TableList(ben).GetByRole(AriaRole.Button, new() { Name = "invoices", Exact = true })).ToBeVisibleAsync();

        await AddTableAsync(ben, "shipments");
        await BrowserSession.OpenTabAsync(ana, "Tables");
        await Expect(TableList(ana).GetByRole(AriaRole.Button, new() { Name = "shipments", Exact = true })).ToBeVisibleAsync();
        await Expect(ana.GetByRole(AriaRole.Status, new() { Name = "Save status" })).ToHaveTextAsync("Saved (version 2)");
        await Expect(ben.GetByRole(AriaRole.Status, new() { Name = "Save status" })).ToHaveTextAsync("Saved (version 2)");
    }

    [SkippableFact]
    public async Task A_pointer_moved_over_the_canvas_shows_on_the_other_page_with_its_owners_name()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var server = new StudioServer();
        var project = (await server.Store.CreateProjectAsync("Team blog", StarterDesigns.Blog())).Value!;
        await server.RegisterAsync("bob", "bob-password-12");
        Assert.True((await server.RealStore.Members.AddOrSetAsync(server.DefaultUserId, project.Id, "bob", ProjectRole.Editor)).Succeeded);
        var ana = await OpenAsync(await browser.NewPageAsAsync(server, StudioServer.DefaultUserName, StudioServer.DefaultPassword), project.Id);
        var ben = await OpenAsync(await browser.NewPageAsAsync(server, "bob", "bob-password-12"), project.Id);
        await Expect(ben.GetByRole(AriaRole.List, new() { Name = "People on this design" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);

        // Bob moves the mouse over an empty part of his canvas; Ana sees a pointer labelled with his name.
        var canvas = (await ben.Locator(".diagram-canvas").BoundingBoxAsync())!;
        await ben.Mouse.MoveAsync(canvas.X + canvas.Width - 60, canvas.Y + 40);
        await ben.Mouse.MoveAsync(canvas.X + canvas.Width - 50, canvas.Y + 50, new() { Steps = 5 });

        var pointer = ana.GetByRole(AriaRole.Img, new() { Name = "bob's pointer" });
        await Expect(pointer).ToBeVisibleAsync();
        await Expect(pointer).ToContainTextAsync("bob");
        // Not shown on his own page.
        await Expect(ben.GetByRole(AriaRole.Img, new() { Name = "bob's pointer" })).ToHaveCountAsync(0);
    }

    private static async Task<IPage> OpenAsync(IPage page, Guid projectId)
    {
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync($"/projects/{projectId}");
        await BrowserSession.WaitForInteractiveAsync(page);
        return page;
    }

    private static ILocator TableList(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Table list" });

    private static async Task AddTableAsync(IPage page, string name)
    {
        await page.GetByRole(AriaRole.Textbox, new() { Name = "New table name" }).FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add table" }).ClickAsync();
    }
}

using DesignStudio.Data;
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
        var project = (await server.Services.GetRequiredService<ProjectStore>().CreateProjectAsync("Team blog", StarterDesigns.Blog())).Value!;
        await using var first = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString() });
        await using var second = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString() });
        var ana = await OpenAsync(first, project.Id);
        var ben = await OpenAsync(second, project.Id);

        // Both appear in presence on both pages.
        foreach (var page in new[] { ana, ben })
        {
            await Expect(page.GetByRole(AriaRole.List, new() { Name = "People on this design" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        }

        await AddTableAsync(ana, "invoices");
        await Expect(TableList(ben).GetByRole(AriaRole.Button, new() { Name = "invoices", Exact = true })).ToBeVisibleAsync();

        await AddTableAsync(ben, "shipments");
        await Expect(TableList(ana).GetByRole(AriaRole.Button, new() { Name = "shipments", Exact = true })).ToBeVisibleAsync();
        await Expect(ana.GetByRole(AriaRole.Status, new() { Name = "Save status" })).ToHaveTextAsync("Saved (version 2)");
        await Expect(ben.GetByRole(AriaRole.Status, new() { Name = "Save status" })).ToHaveTextAsync("Saved (version 2)");
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, Guid projectId)
    {
        var page = await context.NewPageAsync();
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

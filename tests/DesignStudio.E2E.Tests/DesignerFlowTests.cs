using DesignStudio.Data;
using DesignStudio.TestSupport;
using DesignStudio.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DesignStudio.E2E.Tests;

/// <summary>The studio in real Chromium: controls are found by role and accessible name.</summary>
public sealed class DesignerFlowTests
{
    [SkippableFact]
    public async Task Create_project_add_a_table_with_two_columns_reload_and_find_them()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var server = new StudioServer();
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.Address.ToString() });
        page.SetDefaultTimeout(30_000);

        await BrowserSession.CreateProjectAsync(page, "E2E shop");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "E2E shop" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Textbox, new() { Name = "New table name" }).FillAsync("customers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add table" }).ClickAsync();
        var table = page.GetByRole(AriaRole.Region, new() { Name = "Table customers" });
        await Expect(table).ToBeVisibleAsync();

        await AddColumnAsync(page, table, "id", primaryKey: true);
        await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Save status" })).ToHaveTextAsync("Saved (version 2)");
        await AddColumnAsync(page, table, "email", primaryKey: false);
        await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Save status" })).ToHaveTextAsync("Saved (version 3)");

        await page.ReloadAsync();
        await BrowserSession.WaitForInteractiveAsync(page);
        // Nothing is selected when a design opens: pick the table on the diagram to see it in the Table tab.
        await Expect(page.GetByText("Select a table on the diagram or in the Tables tab to edit it here.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Region, new() { Name = "Diagram" }).GetByRole(AriaRole.Group, new() { Name = "Table customers" }).ClickAsync();
        var columns = page.GetByRole(AriaRole.Table, new() { Name = "Columns of customers" });
        await Expect(columns.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Expect(columns.GetByRole(AriaRole.Cell, new() { Name = "id", Exact = true })).ToBeVisibleAsync();
        await Expect(columns.GetByRole(AriaRole.Cell, new() { Name = "email", Exact = true })).ToBeVisibleAsync();
        await Expect(columns.GetByRole(AriaRole.Cell, new() { Name = "PK", Exact = true })).ToBeVisibleAsync();

        var stored = await server.Store.ListProjectsAsync();
        var design = (await server.Store.LoadDesignAsync(stored.Single().Id))!.Design;
        Assert.Equal(["id", "email"], design.Tables.Single().Columns.Select(c => c.Name));
    }

    [SkippableFact]
    public async Task Design_page_with_the_blog_design_renders_for_the_screenshot()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var server = new StudioServer();
        var project = (await server.Store.CreateProjectAsync("Blog", StarterDesigns.Blog())).Value!;
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = server.Address.ToString(), ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
        });
        await page.GotoAsync($"/projects/{project.Id}");
        await BrowserSession.WaitForInteractiveAsync(page);
        await BrowserSession.OpenTabAsync(page, "Tables");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Table list" }).GetByRole(AriaRole.Button, new() { Name = "posts", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Table posts" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom to fit" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Diagram" }).GetByRole(AriaRole.Group, new() { Name = "Table posts" })).ToBeVisibleAsync();

        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
        Assert.True(bytes.Length > 10_000);
        var target = Environment.GetEnvironmentVariable("DESIGNSTUDIO_UPDATE_SCREENSHOT") == "1"
            ? Path.Combine(TestEnvironment.RepositoryRoot, "docs", "screenshot.png")
            : Path.Combine(AppContext.BaseDirectory, "screenshot.png");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllBytesAsync(target, bytes);

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit column status" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Form, new() { Name = "Edit column status" })).ToBeVisibleAsync();
    }

    private static async Task AddColumnAsync(IPage page, ILocator table, string name, bool primaryKey)
    {
        await table.GetByRole(AriaRole.Button, new() { Name = "Add column" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = "New column" });
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Column name" }).FillAsync(name);
        if (primaryKey) await form.GetByRole(AriaRole.Switch, new() { Name = "Primary key" }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Save column" }).ClickAsync();
        await Expect(form).ToBeHiddenAsync();
        await Expect(table.GetByRole(AriaRole.Cell, new() { Name = name, Exact = true })).ToBeVisibleAsync();
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DesignStudio.E2E.Tests;

/// <summary>Normal forms in real Chromium: declare a dependency, see the badge, discover from a CSV, apply 3NF, undo.</summary>
public sealed class NormalFormFlowTests
{
    [SkippableFact]
    public async Task Declare_a_dependency_see_the_badge_apply_the_3nf_synthesis_and_undo_it()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var server = new StudioServer();
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = server.Address.ToString(), ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
        });
        page.SetDefaultTimeout(30_000);

        await BrowserSession.CreateProjectAsync(page, "Addresses");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "New table name" }).FillAsync("people");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add table" }).ClickAsync();
        await AddColumnAsync(page, "id", key: true);
        await AddColumnAsync(page, "zip", key: false);
        await AddColumnAsync(page, "city", key: false);

        var diagram = page.GetByRole(AriaRole.Region, new() { Name = "Diagram" });
        var node = diagram.GetByRole(AriaRole.Group, new() { Name = "Table people" });
        await Expect(node.GetByRole(AriaRole.Img, new() { Name = "people is in BCNF" })).ToBeVisibleAsync();

        await BrowserSession.OpenTabAsync(page, "Normal forms");
        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Normal forms of people" });
        await panel.GetByRole(AriaRole.Checkbox, new() { Name = "Left side: zip" }).CheckAsync();
        await panel.GetByRole(AriaRole.Checkbox, new() { Name = "Right side: city" }).CheckAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Add dependency zip → city" }).ClickAsync();
        await Expect(node.GetByRole(AriaRole.Img, new() { Name = "people is in 2NF" })).ToBeVisibleAsync();
        await Expect(panel.GetByRole(AriaRole.List, new() { Name = "Violations" })).ToContainTextAsync("zip → city breaks 3NF");
        var overview = page.GetByRole(AriaRole.Region, new() { Name = "Normalization" });
        await Expect(overview.GetByText("1 tables: 1 in 2NF.")).ToBeVisibleAsync();

        // Discovery from a CSV: city → zip holds in the sample as well.
        var csv = "id,zip,city\n1,10115,Berlin\n2,10115,Berlin\n3,80331,München\n";
        await panel.Locator("section[aria-label='Discover dependencies from data'] input[type=file]").SetInputFilesAsync(
            new FilePayload { Name = "people.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await Expect(panel.GetByText("people.csv: 3 rows, 3 columns.")).ToBeVisibleAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Discover dependencies" }).ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Checkbox, new() { Name = "city → zip" })).ToBeVisibleAsync();

        await panel.GetByRole(AriaRole.Button, new() { Name = "Apply 3NF synthesis" }).ClickAsync();
        await Expect(page.GetByLabel("Data-moving script")).ToContainTextAsync("SELECT DISTINCT");
        await page.GetByLabel("Script dialect").SelectOptionAsync("sqlserver");
        await Expect(page.GetByLabel("Data-moving script")).ToContainTextAsync("INSERT INTO [people_zip] ([zip], [city])");
        await Expect(page.GetByLabel("Script before creating the new tables")).ToContainTextAsync("SELECT * INTO [people_nf_old] FROM [people]");
        await Expect(diagram.Locator(".ds-node")).ToHaveCountAsync(2);

        await page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Expect(diagram.Locator(".ds-node")).ToHaveCountAsync(1);
        await Expect(node.GetByRole(AriaRole.Img, new() { Name = "people is in 2NF" })).ToBeVisibleAsync();
    }

    private static async Task AddColumnAsync(IPage page, string name, bool key)
    {
        var editor = page.GetByRole(AriaRole.Region, new() { Name = "Table people" });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Add column" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = "New column" });
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Column name" }).FillAsync(name);
        if (key) await form.GetByRole(AriaRole.Switch, new() { Name = "Primary key" }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Save column" }).ClickAsync();
        await Expect(form).ToBeHiddenAsync();
    }
}

using System.Xml.Linq;
using DesignStudio.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DesignStudio.E2E.Tests;

/// <summary>
/// Subject area, sticky note and many-to-many in real Chromium; undo of the junction in one step; reload keeps them;
/// the diagram exports as SVG and PNG; the dark theme is remembered by the browser.
/// </summary>
public sealed class CanvasObjectsFlowTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [SkippableFact]
    public async Task Area_note_and_many_to_many_survive_a_reload_and_export_as_svg_and_png()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var server = new StudioServer();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Address.ToString(), ViewportSize = new ViewportSize { Width = 1440, Height = 1000 }, AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);

        await BrowserSession.CreateProjectAsync(page, "Tagging");

        await AddTableWithKeyAsync(page, "posts");
        await AddTableWithKeyAsync(page, "tags");
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        var diagram = page.GetByRole(AriaRole.Region, new() { Name = "Diagram" });
        var posts = diagram.GetByRole(AriaRole.Group, new() { Name = "Table posts" });
        var tags = diagram.GetByRole(AriaRole.Group, new() { Name = "Table tags" });

        // Subject area around both tables.
        await posts.Locator(".ds-node-header").ClickAsync();
        await tags.Locator(".ds-node-header").ClickAsync(new() { Modifiers = [KeyboardModifier.Control] });
        await diagram.GetByRole(AriaRole.Button, new() { Name = "Add subject area from selection" }).ClickAsync();
        var area = diagram.GetByRole(AriaRole.Group, new() { Name = "Subject area Area 1" });
        await Expect(area).ToBeVisibleAsync();

        // Sticky note with markup-looking text, edited in place.
        await diagram.GetByRole(AriaRole.Button, new() { Name = "Add sticky note" }).ClickAsync();
        var note = diagram.GetByRole(AriaRole.Group, new() { Name = "Sticky note" });
        await Expect(note).ToBeVisibleAsync();
        await note.Locator(".ds-note-text").DblClickAsync();
        var editor = note.GetByRole(AriaRole.Textbox, new() { Name = "Note text" });
        await editor.FillAsync("Tags are <b>shared</b>");
        await editor.PressAsync("Control+Enter");
        await Expect(note.Locator(".ds-note-text")).ToHaveTextAsync("Tags are <b>shared</b>");

        // Many-to-many by dragging from posts.id onto tags.
        await diagram.GetByRole(AriaRole.Combobox, new() { Name = "Relationship kind" }).SelectOptionAsync("ManyToMany");
        var port = posts.Locator(".ds-port").First;
        var from = (await port.BoundingBoxAsync())!;
        var to = (await tags.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + to.Height - 8, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        var junction = diagram.GetByRole(AriaRole.Group, new() { Name = "Table posts_tags" });
        await Expect(junction).ToBeVisibleAsync();
        await Expect(diagram.Locator(".diagram-link")).ToHaveCountAsync(2);

        // One undo removes the whole junction; redo brings it back.
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Expect(junction).ToHaveCountAsync(0);
        await Expect(diagram.Locator(".diagram-link")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Redo" }).ClickAsync();
        await Expect(junction).ToBeVisibleAsync();

        // Dark theme, remembered by the browser.
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark theme" }).ClickAsync();
        await Expect(page.Locator(".ds-canvas-frame.ds-dark")).ToHaveCountAsync(1);

        await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Save status" })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Saved"));
        await page.ReloadAsync();
        await BrowserSession.WaitForInteractiveAsync(page);
        await Expect(area).ToBeVisibleAsync();
        await Expect(note.Locator(".ds-note-text")).ToHaveTextAsync("Tags are <b>shared</b>");
        await Expect(junction).ToBeVisibleAsync();
        await Expect(diagram.Locator(".diagram-link")).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light theme" })).ToBeVisibleAsync();
        await Expect(page.Locator(".ds-canvas-frame.ds-dark")).ToHaveCountAsync(1);

        // Export: SVG (well-formed, a group per table) and PNG (a real PNG image).
        var svgDownload = await page.RunAndWaitForDownloadAsync(async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Export diagram" }).ClickAsync();
            await page.GetByRole(AriaRole.Menuitem, new() { Name = "SVG" }).ClickAsync();
        });
        Assert.EndsWith(".svg", svgDownload.SuggestedFilename);
        var svg = XDocument.Parse(await File.ReadAllTextAsync((await svgDownload.PathAsync())!));
        Assert.Equal(3, svg.Descendants().Count(e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "table"));
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "tspan" && e.Value == "Tags are <b>shared</b>");

        var pngDownload = await page.RunAndWaitForDownloadAsync(async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Export diagram" }).ClickAsync();
            await page.GetByRole(AriaRole.Menuitem, new() { Name = "PNG" }).ClickAsync();
        });
        Assert.EndsWith(".png", pngDownload.SuggestedFilename);
        var png = await File.ReadAllBytesAsync((await pngDownload.PathAsync())!);
        Assert.True(png.Length > 1000, $"PNG of {png.Length} bytes");
        Assert.Equal(PngSignature, png[..8]);
        // IHDR width and height (big-endian) are those of the SVG at twice the scale.
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        Assert.Equal((int)Math.Ceiling(double.Parse(svg.Root!.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture) * 2), width);
        if (Environment.GetEnvironmentVariable("DESIGNSTUDIO_KEEP_EXPORTS") is { Length: > 0 } keep)
        {
            await File.WriteAllBytesAsync(Path.Combine(keep, "diagram.png"), png);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(keep, "studio.png"), FullPage = true });
        }

        var store = server.Store;
        var design = (await store.LoadDesignAsync((await store.ListProjectsAsync()).Single().Id))!.Design;
        Assert.Equal(["posts", "tags", "posts_tags"], design.Tables.Select(t => t.Name));
        Assert.Equal([design.Tables[0].Id, design.Tables[1].Id], Assert.Single(design.Areas).TableIds);
        Assert.Equal("Tags are <b>shared</b>", Assert.Single(design.Notes).Text);
        Assert.Equal(2, design.Tables[2].PrimaryKey!.ColumnIds.Count);
    }

    private static async Task AddTableWithKeyAsync(IPage page, string table)
    {
        await page.GetByRole(AriaRole.Textbox, new() { Name = "New table name" }).FillAsync(table);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add table" }).ClickAsync();
        var editor = page.GetByRole(AriaRole.Region, new() { Name = "Table " + table });
        await Expect(editor).ToBeVisibleAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Add column" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = "New column" });
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Column name" }).FillAsync("id");
        await form.GetByRole(AriaRole.Switch, new() { Name = "Primary key" }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Save column" }).ClickAsync();
        await Expect(form).ToBeHiddenAsync();
    }
}

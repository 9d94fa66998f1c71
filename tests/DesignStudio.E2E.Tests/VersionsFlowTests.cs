using System.IO.Compression;
using DesignStudio.Data;
using DesignStudio.Data.Versions;
using DesignStudio.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DesignStudio.E2E.Tests;

/// <summary>
/// Versions in real Chromium: commit, edit, commit, compare with highlights and scripts, download the zip; and a commit
/// on one page reaching another page's open history.
/// </summary>
public sealed class VersionsFlowTests
{
    [SkippableFact]
    public async Task Commit_v1_edit_commit_v2_compare_shows_the_change_and_scripts_and_the_zip_downloads()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var server = new StudioServer();
        var project = (await server.Store.CreateProjectAsync("Blog", StarterDesigns.Blog())).Value!;
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = server.Address.ToString(), ViewportSize = new ViewportSize { Width = 1440, Height = 1000 }, AcceptDownloads = true,
        });
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync($"/projects/{project.Id}");
        await BrowserSession.WaitForInteractiveAsync(page);

        await BrowserSession.OpenTabAsync(page, "Versions");
        var versions = page.GetByRole(AriaRole.Region, new() { Name = "Versions" });
        var history = versions.GetByRole(AriaRole.List, new() { Name = "Version history" });
        await versions.GetByRole(AriaRole.Textbox, new() { Name = "Version name" }).FillAsync("first");
        await versions.GetByRole(AriaRole.Button, new() { Name = "Commit version" }).ClickAsync();
        await Expect(history).ToContainTextAsync("v1 · first");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "New table name" }).FillAsync("invoices");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add table" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Save status" })).ToHaveTextAsync("Saved (version 1)");

        await BrowserSession.OpenTabAsync(page, "Versions"); // adding a table showed it in the Table tab
        await versions.GetByRole(AriaRole.Textbox, new() { Name = "Version name" }).FillAsync("second");
        await versions.GetByRole(AriaRole.Textbox, new() { Name = "Message" }).FillAsync("adds invoices");
        await versions.GetByRole(AriaRole.Button, new() { Name = "Commit version" }).ClickAsync();
        await Expect(history).ToContainTextAsync("v2 · second");

        await versions.GetByRole(AriaRole.Link, new() { Name = "Compare", Exact = true }).ClickAsync();
        await BrowserSession.WaitForPageAsync(page, "/compare/1/2$");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Compare v1 first → v2 second" })).ToBeVisibleAsync();
        var diagram = page.GetByRole(AriaRole.Region, new() { Name = "Diagram" });
        var added = diagram.GetByRole(AriaRole.Group, new() { Name = "Table invoices (added)" });
        await Expect(added).ToBeVisibleAsync();
        await Expect(added).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ds-diff-added"));
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Change list" })).ToContainTextAsync("invoices");
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Up script" })).ToContainTextAsync("CREATE TABLE \"invoices\"");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download zip" }).ClickAsync());
        Assert.Equal("v1_to_v2.postgres.plain.zip", download.SuggestedFilename);
        var path = Path.Combine(server.DataDirectory, "download.zip");
        await download.SaveAsAsync(path);
        using (var zip = ZipFile.OpenRead(path))
        {
            Assert.Equal(["0002_v1_to_v2.down.sql", "0002_v1_to_v2.up.sql"], zip.Entries.Select(e => e.FullName).Order());
            using var reader = new StreamReader(zip.GetEntry("0002_v1_to_v2.up.sql")!.Open());
            Assert.Contains("CREATE TABLE \"invoices\"", await reader.ReadToEndAsync());
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save scripts" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Migration scripts" })).ToContainTextAsync("Saved the postgres scripts");
        var saved = (await server.Services.GetRequiredService<VersionStore>().ListMigrationsAsync(server.DefaultUserId, project.Id)).Value!;
        Assert.Equal((1, (int?)2), (saved.Single().FromVersion, saved.Single().ToVersion));
    }

    [SkippableFact]
    public async Task A_version_committed_on_one_page_shows_in_the_history_open_on_another_without_reload()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var server = new StudioServer();
        var project = (await server.Store.CreateProjectAsync("Blog", StarterDesigns.Blog())).Value!;
        var committing = await OpenVersionsAsync(await browser.NewPageAsAsync(server, StudioServer.DefaultUserName, StudioServer.DefaultPassword), project.Id);
        var watching = await OpenVersionsAsync(await browser.NewPageAsAsync(server, StudioServer.DefaultUserName, StudioServer.DefaultPassword), project.Id);
        await Expect(watching.GetByRole(AriaRole.Region, new() { Name = "Versions" })).ToContainTextAsync("No versions yet");
        await watching.EvaluateAsync("() => window.dsNotReloaded = true");

        var versions = committing.GetByRole(AriaRole.Region, new() { Name = "Versions" });
        await versions.GetByRole(AriaRole.Textbox, new() { Name = "Version name" }).FillAsync("from the other page");
        await versions.GetByRole(AriaRole.Button, new() { Name = "Commit version" }).ClickAsync();
        await Expect(versions.GetByRole(AriaRole.List, new() { Name = "Version history" })).ToContainTextAsync("v1 · from the other page");

        var history = watching.GetByRole(AriaRole.Region, new() { Name = "Versions" }).GetByRole(AriaRole.List, new() { Name = "Version history" });
        await Expect(history).ToContainTextAsync("v1 · from the other page");
        Assert.True(await watching.EvaluateAsync<bool>("() => window.dsNotReloaded === true"));
    }

    private static async Task<IPage> OpenVersionsAsync(IPage page, Guid projectId)
    {
        await page.SetViewportSizeAsync(1440, 1000);
        await page.GotoAsync($"/projects/{projectId}");
        await BrowserSession.WaitForInteractiveAsync(page);
        await BrowserSession.OpenTabAsync(page, "Versions");
        return page;
    }
}

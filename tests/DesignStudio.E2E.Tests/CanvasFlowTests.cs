using DesignStudio.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DesignStudio.E2E.Tests;

/// <summary>The ER canvas in real Chromium: connect by dragging, rename in place, undo/redo, reload, DDL on SQLite.</summary>
public sealed class CanvasFlowTests
{
    [SkippableFact]
    public async Task Connect_two_tables_by_dragging_rename_undo_redo_reload_and_run_the_ddl_on_sqlite()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var server = new StudioServer();
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = server.Address.ToString(), ViewportSize = new ViewportSize { Width = 1440, Height = 1000 }, AcceptDownloads = true,
        });
        page.SetDefaultTimeout(30_000);

        await BrowserSession.CreateProjectAsync(page, "Canvas shop");

        await AddTableWithKeyAsync(page, "users");
        await AddTableWithKeyAsync(page, "posts");
        var diagram = page.GetByRole(AriaRole.Region, new() { Name = "Diagram" });
        var users = diagram.GetByRole(AriaRole.Group, new() { Name = "Table users" });
        var posts = diagram.GetByRole(AriaRole.Group, new() { Name = "Table posts" });
        await Expect(users).ToBeVisibleAsync();
        await Expect(posts).ToBeVisibleAsync();

        // Drag from the users.id port onto the posts table (with the canvas in view: the column form scrolled the page).
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        var port = users.Locator(".ds-port").First;
        var from = (await port.BoundingBoxAsync())!;
        var to = (await posts.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + to.Height - 8, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await Expect(posts.GetByText("users_id")).ToBeVisibleAsync();
        await Expect(diagram.Locator(".diagram-link")).ToHaveCountAsync(1);

        // Rename posts in place.
        await posts.Locator(".ds-node-header").DblClickAsync();
        var name = diagram.GetByRole(AriaRole.Textbox, new() { Name = "Table name" });
        await name.FillAsync("articles");
        await name.PressAsync("Enter");
        var articles = diagram.GetByRole(AriaRole.Group, new() { Name = "Table articles" });
        await Expect(articles).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Expect(posts).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Redo" }).ClickAsync();
        await Expect(articles).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Save status" })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Saved"));

        await page.ReloadAsync();
        await BrowserSession.WaitForInteractiveAsync(page);
        await Expect(articles).ToBeVisibleAsync();
        await Expect(articles.GetByText("users_id")).ToBeVisibleAsync();
        await Expect(diagram.Locator(".diagram-link")).ToHaveCountAsync(1);

        // Download the SQLite DDL and run it.
        await BrowserSession.OpenTabAsync(page, "DDL");
        await page.GetByLabel("SQL dialect").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "SQLite 3.40+" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "DDL script (sqlite)" })).ToContainTextAsync("articles");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download DDL as .sql file" }).ClickAsync());
        var ddl = await File.ReadAllTextAsync((await download.PathAsync())!);

        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = ddl;
            create.ExecuteNonQuery();
        }
        using var fks = connection.CreateCommand();
        fks.CommandText = "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('articles')";
        using var reader = fks.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(("users", "users_id", "id"), (reader.GetString(0), reader.GetString(1), reader.GetString(2)));

        var store = server.Store;
        var design = (await store.LoadDesignAsync((await store.ListProjectsAsync()).Single().Id))!.Design;
        Assert.Equal(["users", "articles"], design.Tables.Select(t => t.Name));
        Assert.Equal(design.Tables[0].Id, Assert.Single(design.Tables[1].ForeignKeys).TargetTableId);
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

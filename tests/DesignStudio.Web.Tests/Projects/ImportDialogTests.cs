using AngleSharp.Dom;
using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Data;
using DesignStudio.Web.Components.Pages.Projects;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;

namespace DesignStudio.Web.Tests.Projects;

public class ImportDialogTests : StudioTestContext
{
    private const string PostgresDdl = """
        CREATE TABLE authors (id integer PRIMARY KEY, name text NOT NULL);
        FROBNICATE the whole database;
        CREATE TABLE books (
            id integer PRIMARY KEY,
            author_id integer NOT NULL REFERENCES authors (id),
            title text NOT NULL
        );
        CREATE INDEX books_title ON books (title);
        """;

    private const string Dbml = """
        Table users {
          id integer [pk]
          email varchar(200) [not null, unique]
        }
        Table posts {
          id integer [pk]
          user_id integer [ref: > users.id]
          body text
        }
        """;

    private IRenderedComponent<MudDialogProvider> dialogs = default!;

    public ImportDialogTests()
    {
        Services.AddSingleton(new DesignImportService(RealStore, NullLogger<DesignImportService>.Instance));
    }

    private IRenderedComponent<ProjectList> OpenImport()
    {
        Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
        var cut = Render<ProjectList>();
        cut.WaitForAssertion(() => Button(cut, "Import"));
        Button(cut, "Import").Click();
        dialogs.WaitForAssertion(() => Labelled(dialogs, "Schema text"));
        return cut;
    }

    private void Paste(string text) => Labelled(dialogs, "Schema text").Change(text);

    private void Preview() => Button(dialogs, "Preview").Click();

    private void Choose(string label)
    {
        var radio = dialogs.FindAll("input[type=radio]").FirstOrDefault(r => r.Closest("label")?.TextContent.Trim() == label)
            ?? throw new InvalidOperationException($"No radio '{label}' in:\n{dialogs.Markup}");
        radio.Click();
    }

    private static string Text(IRenderedComponent<MudDialogProvider> cut) => string.Concat(cut.Nodes.Select(n => n.TextContent));

    private string Count(string what) => dialogs.Find($"[data-testid=import-count-{what}]").TextContent.Trim();

    [Fact]
    public async Task Pasted_postgres_ddl_shows_the_report_with_the_skipped_statement_position_and_creates_a_project()
    {
        OpenImport();
        Paste(PostgresDdl);
        Preview();
        dialogs.WaitForAssertion(() => Assert.Equal("1", Count("skipped")));
        Assert.Equal("2 tables, 5 columns, 1 foreign keys, 1 indexes, 0 enums", dialogs.Find("[data-testid=import-design-counts]").TextContent.Trim());
        Assert.Equal("1", Count("skipped"));
        Assert.NotEqual("0", Count("imported"));
        Assert.Equal("0", Count("errors"));
        var skipped = dialogs.Find("ul[aria-label=Skipped]").TextContent;
        Assert.Contains("2:1", skipped);
        Assert.Contains("FROBNICATE", skipped);

        Type(dialogs, "Project name", "Library");
        Button(dialogs, "Create project").Click();

        var project = await WaitForProjectAsync("Library");
        var stored = (await Store.LoadDesignAsync(project.Id))!;
        Assert.Equal(["authors", "books"], stored.Design.Tables.Select(t => t.Name).Order());
        Assert.Single(stored.Design.GetTable(stored.Design.Tables.Single(t => t.Name == "books").Id).ForeignKeys);
        Assert.Equal("Library", stored.Design.Name);
        Assert.EndsWith($"/projects/{project.Id}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Dbml_is_imported_when_chosen_as_the_source_language()
    {
        OpenImport();
        Choose("dbml");
        Paste(Dbml);
        Preview();
        dialogs.WaitForAssertion(() => Assert.Contains("2 tables, 5 columns, 1 foreign keys", dialogs.Find("[data-testid=import-design-counts]").TextContent));
        Assert.Contains("Import report (dbml)", dialogs.Markup);
        Type(dialogs, "Project name", "Blog from dbdiagram");
        Button(dialogs, "Create project").Click();

        var project = await WaitForProjectAsync("Blog from dbdiagram");
        var stored = (await Store.LoadDesignAsync(project.Id))!;
        Assert.Equal(["posts", "users"], stored.Design.Tables.Select(t => t.Name).Order());
    }

    [Fact]
    public async Task Uploaded_file_is_imported_and_names_the_project_after_the_file()
    {
        OpenImport();
        Choose("Upload a file");
        dialogs.WaitForAssertion(() => dialogs.FindComponent<InputFile>());
        dialogs.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Dbml, "shop.dbml"));
        dialogs.WaitForAssertion(() => Assert.Contains("shop.dbml", dialogs.Markup));
        Preview();
        dialogs.WaitForAssertion(() => Assert.Contains("2 tables", dialogs.Find("[data-testid=import-design-counts]").TextContent));
        Assert.Equal("shop", Labelled(dialogs, "Project name").GetAttribute("value"));
        Button(dialogs, "Create project").Click();
        var project = await WaitForProjectAsync("shop");
        Assert.Equal(2, (await Store.LoadDesignAsync(project.Id))!.Design.Tables.Count);
    }

    [Fact]
    public async Task Live_sqlite_database_is_read_through_the_dialog_into_a_new_project()
    {
        var path = Path.Combine(TempStore.Folder, "warehouse.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE bins (id INTEGER PRIMARY KEY, code TEXT NOT NULL); CREATE TABLE items (id INTEGER PRIMARY KEY, bin_id INTEGER REFERENCES bins (id));";
            await command.ExecuteNonQueryAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        OpenImport();
        Choose("Live database");
        dialogs.WaitForAssertion(() => Labelled(dialogs, "Connection string"));
        Choose("sqlite");
        Assert.Equal("password", Labelled(dialogs, "Connection string").GetAttribute("type"));
        Labelled(dialogs, "Connection string").Change($"Data Source={path}");
        Preview();
        dialogs.WaitForAssertion(() => Assert.Contains("2 tables, 4 columns, 1 foreign keys", dialogs.Find("[data-testid=import-design-counts]").TextContent), TimeSpan.FromSeconds(30));
        Assert.Equal("warehouse", Labelled(dialogs, "Project name").GetAttribute("value"));
        Button(dialogs, "Create project").Click();
        var project = await WaitForProjectAsync("warehouse");
        Assert.Equal(["bins", "items"], (await Store.LoadDesignAsync(project.Id))!.Design.Tables.Select(t => t.Name).Order());
    }

    [Fact]
    public async Task Live_connection_is_remembered_only_when_asked_and_a_saved_one_can_be_used_and_forgotten()
    {
        var path = Path.Combine(TempStore.Folder, "depot.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE crates (id INTEGER PRIMARY KEY, label TEXT NOT NULL);";
            await command.ExecuteNonQueryAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        OpenImport();
        Choose("Live database");
        dialogs.WaitForAssertion(() => Labelled(dialogs, "Connection string"));
        Choose("sqlite");
        Labelled(dialogs, "Connection string").Change($"Data Source={path}");
        Preview();
        dialogs.WaitForAssertion(() => Assert.Contains("1 tables", dialogs.Find("[data-testid=import-design-counts]").TextContent), TimeSpan.FromSeconds(30));
        Assert.Empty(await TempStore.Connections.ListAsync(OwnerId));

        Labelled(dialogs, "Remember this connection").Change(true);
        dialogs.WaitForAssertion(() => Labelled(dialogs, "Connection name"));
        Labelled(dialogs, "Connection name").Input("Depot");
        Preview();
        dialogs.WaitForAssertion(() => Assert.Contains("Remembered the connection as “Depot”", dialogs.Find("[role=status]").TextContent), TimeSpan.FromSeconds(30));
        var saved = Assert.Single(await TempStore.Connections.ListAsync(OwnerId));
        Assert.Equal(("sqlite", $"Data Source={path}"), await TempStore.Connections.RevealAsync(OwnerId, saved.Id));

        Choose("Depot (sqlite)");
        dialogs.WaitForAssertion(() => Button(dialogs, "Forget Depot"));
        Preview();
        dialogs.WaitForAssertion(() => Assert.Contains("1 tables", dialogs.Find("[data-testid=import-design-counts]").TextContent), TimeSpan.FromSeconds(30));
        Assert.Single(await TempStore.Connections.ListAsync(OwnerId));

        Button(dialogs, "Forget Depot").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Forgot the connection “Depot”", dialogs.Find("[role=status]").TextContent));
        Assert.Empty(await TempStore.Connections.ListAsync(OwnerId));
        Assert.Empty(dialogs.FindAll("[aria-label='Saved connection']"));
    }

    [Fact]
    public void Failed_live_read_shows_the_error_without_the_password()
    {
        OpenImport();
        Choose("Live database");
        dialogs.WaitForAssertion(() => Labelled(dialogs, "Connection string"));
        Labelled(dialogs, "Connection string").Change("Host=127.0.0.1;Port=1;Database=shop;Username=u;Password=hunter2-secret;Timeout=3");
        Preview();
        dialogs.WaitForAssertion(() => Assert.Equal("1", Count("errors")), TimeSpan.FromSeconds(30));
        var report = dialogs.Find("section[aria-label='Import report']").TextContent;
        Assert.Contains("DB001", report);
        Assert.DoesNotContain("hunter2-secret", report);
        Assert.DoesNotContain(dialogs.FindAll("button"), b => b.TextContent.Trim() == "Create project");
    }

    [Fact]
    public void File_over_the_size_limit_is_refused_before_it_is_read()
    {
        OpenImport();
        Choose("Upload a file");
        dialogs.WaitForAssertion(() => dialogs.FindComponent<InputFile>());
        dialogs.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[DesignImportService.MaxFileBytes + 1], "huge.sql"));
        dialogs.WaitForAssertion(() => Assert.Contains("files up to 20 MB can be imported", dialogs.Find("[role=alert]").TextContent));
        Preview();
        dialogs.WaitForAssertion(() => Assert.Contains("Choose a file first.", dialogs.Find("[role=alert]").TextContent));
        Assert.Empty(dialogs.FindAll("section[aria-label='Import report']"));
    }

    [Fact]
    public async Task Replacing_a_design_asks_for_confirmation_and_saves_the_next_version()
    {
        var target = (await Store.CreateProjectAsync("Target <b>", new Design())).Value!;
        OpenImport();
        Paste(PostgresDdl);
        Preview();
        dialogs.WaitForAssertion(() => Assert.Equal("1", Count("skipped")));
        Choose("The design of an existing project");
        dialogs.WaitForAssertion(() => Choose("Target <b>"));
        dialogs.WaitForAssertion(() => Assert.Contains("is at version 1", dialogs.Markup));

        Button(dialogs, "Replace design of Target <b>").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Replace the design of “Target <b>” (version 1)", Text(dialogs)));
        Button(dialogs, "Keep it").Click();
        Assert.Equal(1, (await Store.LoadDesignAsync(target.Id))!.Version);
        Assert.Empty(dialogs.FindAll("b"));

        Button(dialogs, "Replace design of Target <b>").Click();
        dialogs.WaitForAssertion(() => Button(dialogs, "Replace"));
        Button(dialogs, "Replace").Click();
        var stored = await WaitForVersionAsync(target.Id, 2);
        Assert.Equal(2, stored.Design.Tables.Count);
        Assert.Equal("Target <b>", stored.Design.Name);
    }

    [Fact]
    public async Task Replacing_after_a_concurrent_edit_is_refused_with_a_message_and_writes_nothing()
    {
        var target = (await Store.CreateProjectAsync("Shared", new Design())).Value!;
        OpenImport();
        Paste(PostgresDdl);
        Preview();
        dialogs.WaitForAssertion(() => Assert.Equal("1", Count("skipped")));
        Choose("The design of an existing project");
        dialogs.WaitForAssertion(() => Choose("Shared"));
        dialogs.WaitForAssertion(() => Assert.Contains("is at version 1", dialogs.Markup));

        var concurrent = new Design { Name = "edited elsewhere" };
        Assert.IsType<SaveResult.Saved>(await Store.SaveDesignAsync(target.Id, concurrent, 1, "alice"));

        Button(dialogs, "Replace design of Shared").Click();
        dialogs.WaitForAssertion(() => Button(dialogs, "Replace"));
        Button(dialogs, "Replace").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("was changed by alice after you picked it (now version 2); nothing was replaced",
            dialogs.Find("[role=alert]").TextContent));
        var stored = (await Store.LoadDesignAsync(target.Id))!;
        Assert.Equal(2, stored.Version);
        Assert.Equal(concurrent, stored.Design);
    }

    [Fact]
    public async Task Malformed_input_shows_diagnostics_with_positions_and_creates_nothing()
    {
        OpenImport();
        Choose("dbml");
        Paste("Table users {\n  id integer [pk]\n}\nRef: users.missing > ghosts.id\n");
        Preview();
        dialogs.WaitForAssertion(() => Assert.NotEqual("0", Count("errors")));
        var diagnostics = dialogs.Find("ul[aria-label='Errors and warnings']").TextContent;
        Assert.Contains("4:", diagnostics);
        Assert.Contains("Nothing can be imported until the errors above are fixed.", dialogs.Markup);
        Assert.DoesNotContain(dialogs.FindAll("button"), b => b.TextContent.Trim() == "Create project");
        Assert.Empty(await Store.ListProjectsAsync());
    }

    [Fact]
    public void Empty_text_is_reported_instead_of_imported()
    {
        OpenImport();
        Preview();
        dialogs.WaitForAssertion(() => Assert.Contains("the text is empty", dialogs.Markup));
        Assert.Equal("1", Count("errors"));
    }

    private async Task<ProjectSummary> WaitForProjectAsync(string name)
    {
        for (var i = 0; i < 600; i++)
        {
            if ((await Store.ListProjectsAsync()).FirstOrDefault(p => p.Name == name) is { } found) return found;
            await Task.Delay(50);
        }
        throw new InvalidOperationException($"Project {name} was not created.");
    }

    private async Task<StoredDesign> WaitForVersionAsync(Guid projectId, int version)
    {
        for (var i = 0; i < 600; i++)
        {
            if (await Store.LoadDesignAsync(projectId) is { } stored && stored.Version == version) return stored;
            await Task.Delay(50);
        }
        throw new InvalidOperationException($"Project {projectId} never reached version {version}.");
    }
}

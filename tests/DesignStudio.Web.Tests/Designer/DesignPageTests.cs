using Bunit;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Data;
using DesignStudio.Web.Collaboration;
using DesignStudio.Web.Components.Pages.Designer;
using DesignStudio.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DesignStudio.Web.Tests.Designer;

public class DesignPageTests : StudioTestContext
{
    private static readonly Table Users = new() { Id = "tbl_users", Name = "users", Columns = [new Column { Id = "c1", Name = "id", Type = LogicalType.Int64 }] };

    public DesignPageTests()
    {
        Services.AddSingleton<IDdlSource>(new SqlDialectDdlSource([new TextDialect(DialectNames.Sqlite, "SQLite")]));
        // The design page draws the canvas only when interactive, as on a live circuit.
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", true));
    }

    private async Task<(Guid Id, IRenderedComponent<DesignPage> Page)> OpenAsync()
    {
        var project = (await Store.CreateProjectAsync("shop", new Design { Tables = [Users] })).Value!;
        Render<MudPopoverProvider>();
        var page = Render<DesignPage>(p => p.Add(x => x.ProjectId, project.Id));
        page.WaitForAssertion(() => Assert.Contains("Saved (version 0)", page.Markup));
        return (project.Id, page);
    }

    // Another account, added to the project as an editor.
    private async Task<Collaborator> EditorAsync(Guid projectId, string name)
    {
        var userName = name.Replace(" ", "").ToLowerInvariant();
        var userId = await TempStore.CreateUserAsync(userName);
        Assert.True((await TempStore.Store.Members.AddOrSetAsync(TempStore.OwnerId, projectId, userName, DesignStudio.Data.Access.ProjectRole.Editor)).Succeeded);
        return new Collaborator(userId, name, "#e53935");
    }

    private static void AddTable(IRenderedComponent<DesignPage> page, string name)
    {
        Type(page, "New table name", name);
        Button(page, "Add table").Click();
    }

    [Fact]
    public async Task Adding_a_table_applies_an_operation_and_saves_the_next_version()
    {
        var (id, page) = await OpenAsync();
        AddTable(page, "orders");
        page.WaitForAssertion(() => Assert.Contains("Saved (version 1)", page.Markup));
        var stored = (await Store.LoadDesignAsync(id))!;
        Assert.Equal(["users", "orders"], stored.Design.Tables.Select(t => t.Name));
        Assert.Contains("Table orders", page.Find("[role=region][aria-label='Table orders']").TextContent);
        OpenTab(page, "DDL");
        Assert.Contains("CREATE TABLE \"orders\" ()", page.Find("pre.ds-ddl").TextContent);
    }

    [Fact]
    public async Task A_refused_edit_shows_its_diagnostic_and_saves_nothing()
    {
        var (id, page) = await OpenAsync();
        AddTable(page, "users");
        OpenTab(page, "Diagnostics");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-code='OP004']")));
        Assert.Equal(1, (await Store.LoadDesignAsync(id))!.Version);
        Assert.Contains("Saved (version 0)", page.Markup);
    }

    [Fact]
    public async Task Undo_and_redo_are_saved_like_any_edit()
    {
        var (id, page) = await OpenAsync();
        AddTable(page, "orders");
        page.WaitForAssertion(() => Assert.Contains("Saved (version 1)", page.Markup));
        Button(page, "Undo").Click();
        page.WaitForAssertion(() => Assert.Contains("Saved (version 2)", page.Markup));
        Assert.Equal(["users"], (await Store.LoadDesignAsync(id))!.Design.Tables.Select(t => t.Name));
        Button(page, "Redo").Click();
        page.WaitForAssertion(() => Assert.Contains("Saved (version 3)", page.Markup));
        Assert.Equal(2, (await Store.LoadDesignAsync(id))!.Design.Tables.Count);
    }

    [Fact]
    public async Task Another_persons_edit_appears_live_and_both_are_in_presence()
    {
        var (id, page) = await OpenAsync();
        var sessions = Services.GetRequiredService<DesignSessionService>();
        var ana = await EditorAsync(id, "Ana Lima");
        using var other = (await sessions.JoinAsync(id, ana, "ana-page", _ => { })).Value!;
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[aria-label='People on this design'] [role=listitem]").Count));
        Assert.NotNull(page.Find("[aria-label='Ana Lima is here']"));

        sessions.Select(id, "ana-page", "tbl_users");
        Assert.IsType<SubmitResult.Accepted>(await sessions.SubmitAsync(id, ana, "ana-page", "a1", 0, new Core.Operations.AddTable(new Table { Id = "tbl_x", Name = "invoices" })));

        OpenTab(page, "Tables");
        page.WaitForAssertion(() => Assert.Contains("invoices", page.Find("[aria-label='Table list']").TextContent));
        page.WaitForAssertion(() => Assert.Contains("Saved (version 1)", page.Markup));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[aria-label='Selected by Ana Lima']")));
    }

    [Fact]
    public async Task Undo_on_the_page_reverts_only_its_own_edit()
    {
        var (id, page) = await OpenAsync();
        var sessions = Services.GetRequiredService<DesignSessionService>();
        var ana = await EditorAsync(id, "Ana Lima");
        using var other = (await sessions.JoinAsync(id, ana, "ana-page", _ => { })).Value!;
        AddTable(page, "orders");
        page.WaitForAssertion(() => Assert.Contains("Saved (version 1)", page.Markup));
        Assert.IsType<SubmitResult.Accepted>(await sessions.SubmitAsync(id, ana, "ana-page", "a1", 1, new Core.Operations.AddTable(new Table { Id = "tbl_x", Name = "invoices" })));
        page.WaitForAssertion(() => Assert.Contains("Saved (version 2)", page.Markup));

        Button(page, "Undo").Click();

        page.WaitForAssertion(() => Assert.Contains("Saved (version 3)", page.Markup));
        Assert.Equal(["users", "invoices"], (await Store.LoadDesignAsync(id))!.Design.Tables.Select(t => t.Name));
    }

    [Fact]
    public void An_unknown_project_shows_not_found()
    {
        var page = Render<DesignPage>(p => p.Add(x => x.ProjectId, Guid.NewGuid()));
        page.WaitForAssertion(() => Assert.Contains("Project not found", page.Markup));
    }

    [Fact]
    public async Task The_side_panel_renders_only_the_open_tab()
    {
        var (_, page) = await OpenAsync();
        Assert.Equal("true", Tab(page, "Table").GetAttribute("aria-selected"));
        Assert.Contains(SelectHint, page.Markup);
        foreach (var other in new[] { "Tables", "DDL", "Diagnostics", "Lint", "Index advisor", "Versions", "Normalization" })
        {
            Assert.Empty(page.FindAll($"[role=region][aria-label='{other}']"));
        }

        OpenTab(page, "DDL");
        Assert.NotEmpty(page.FindAll("[role=region][aria-label='DDL']"));
        Assert.DoesNotContain(SelectHint, page.Markup);
        OpenTab(page, "Versions");
        Assert.NotEmpty(page.FindAll("[role=region][aria-label='Versions']"));
        Assert.Empty(page.FindAll("[role=region][aria-label='DDL']"));
    }

    private const string SelectHint = "Select a table on the diagram or in the Tables tab to edit it here.";

    [Fact]
    public async Task Opening_a_design_selects_no_table_and_a_click_on_the_diagram_shows_it_in_the_table_tab()
    {
        var (_, page) = await OpenAsync();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".diagram-node")));
        // The editor of some first table would be a third of the page's first render: a short hint instead.
        Assert.Empty(page.FindComponents<TableEditor>());
        Assert.Contains(SelectHint, page.Markup);

        page.Find(".diagram-node").PointerDown(new Microsoft.AspNetCore.Components.Web.PointerEventArgs { Button = 0 });
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[role=region][aria-label='Table users']")));
        Assert.DoesNotContain(SelectHint, page.Markup);
    }

    [Fact]
    public async Task An_empty_design_asks_for_a_first_table()
    {
        var project = (await Store.CreateProjectAsync("empty", new Design())).Value!;
        var page = Render<DesignPage>(p => p.Add(x => x.ProjectId, project.Id));
        page.WaitForAssertion(() => Assert.Contains("Add a table to start.", page.Markup));
        Assert.Empty(page.FindComponents<TableEditor>());
    }

    [Fact]
    public async Task Picking_a_table_in_the_list_shows_it_in_the_table_tab()
    {
        var (_, page) = await OpenAsync();
        AddTable(page, "orders");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[role=region][aria-label='Table orders']")));

        OpenTab(page, "Tables");
        page.Find("nav[aria-label='Table list']").QuerySelectorAll("button").Single(b => b.TextContent == "users").Click();

        page.WaitForAssertion(() => Assert.Equal("true", Tab(page, "Table").GetAttribute("aria-selected")));
        Assert.NotEmpty(page.FindAll("[role=region][aria-label='Table users']"));
    }
}

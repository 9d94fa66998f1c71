using Bunit;
using DesignStudio.Core.Dialects;
using DesignStudio.Data.Versions;
using DesignStudio.Web.Components.Pages.Designer.Versions;
using DesignStudio.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DesignStudio.Web.Tests.Versions;

public class ComparePageTests : StudioTestContext
{
    public ComparePageTests()
    {
        Services.AddSingleton<IDdlSource>(new SqlDialectDdlSource(DialectRegistry.All));
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", true));
    }

    private IRenderedComponent<MudPopoverProvider>? popovers;

    private VersionStore Versions => Services.GetRequiredService<VersionStore>();

    private async Task<(Guid Id, IRenderedComponent<ComparePage> Page)> OpenAsync(string to = "2")
    {
        var id = (await Store.CreateProjectAsync("shop", DesignDiffViewTests.V2)).Value!.Id;
        await Versions.CommitVersionAsync(OwnerId, id, DesignDiffViewTests.V1, "base");
        await Versions.CommitVersionAsync(OwnerId, id, DesignDiffViewTests.V2, "next");
        popovers = Render<MudPopoverProvider>();
        var page = Render<ComparePage>(p => p.Add(x => x.ProjectId, id).Add(x => x.From, 1).Add(x => x.To, to));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[aria-label='Change list']")));
        return (id, page);
    }

    [Fact]
    public async Task Shows_the_changes_as_a_list_and_coloured_on_the_canvas()
    {
        var (_, page) = await OpenAsync();
        Assert.Contains("Compare v1 base → v2 next", page.Find("h1").TextContent);
        var list = page.Find("[aria-label='Change list']").TextContent;
        Assert.Contains("added", list);
        Assert.Contains("removed", list);
        Assert.Contains("labels", list);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[aria-label='Table orders (added)']")));
        Assert.Equal("removed", page.Find("[aria-label='Table audit (removed)']").GetAttribute("data-diff"));
        Assert.Equal("changed", page.Find("[aria-label='Table users (changed)']").GetAttribute("data-diff"));
        Assert.Equal("removed", page.Find("[data-column='legacy']").GetAttribute("data-diff"));
        Assert.Equal("added", page.Find("[data-column='nickname']").GetAttribute("data-diff"));
        Assert.Contains("ds-diff-changed", page.Find("[data-column='email']").ClassName);
    }

    [Fact]
    public async Task Shows_up_and_down_scripts_and_blocks_lossy_scripts_until_confirmed()
    {
        var (id, page) = await OpenAsync();
        Assert.Contains("ALTER TABLE \"tags\" RENAME TO \"labels\"", page.Find("[aria-label='Up script']").TextContent);
        Assert.Contains("can lose data", page.Find("[role=alert]").TextContent);
        Assert.True(Button(page, "Save scripts").HasAttribute("disabled"));
        Assert.DoesNotContain(page.FindAll("a"), a => a.TextContent.Trim() == "Download zip");

        page.Find("[role=alert] input[type=checkbox]").Change(true);
        page.WaitForAssertion(() => Assert.False(Button(page, "Save scripts").HasAttribute("disabled")));
        var zip = page.FindAll("a").Single(a => a.TextContent.Trim() == "Download zip");
        Assert.Equal($"/projects/{id}/migrations/1/2.zip?dialect=postgres&format=plain&allowDataLoss=true&safe=false", zip.GetAttribute("href"));
        Assert.Equal("v1_to_v2.postgres.plain.zip", zip.GetAttribute("download"));

        Button(page, "Save scripts").Click();
        page.WaitForAssertion(() => Assert.Contains("Saved the postgres scripts", page.Markup));
        var saved = (await Versions.ListMigrationsAsync(OwnerId, id)).Value![0];
        Assert.Equal((1, (int?)2, "postgres", "plain"), (saved.FromVersion, saved.ToVersion, saved.Dialect, saved.Convention));
        Assert.Contains("RENAME TO \"labels\"", saved.Up);
    }

    [Fact]
    public async Task Safety_findings_offer_the_safer_script()
    {
        var (_, page) = await OpenAsync();
        var findings = page.Find("[aria-label='Safety findings']");
        Assert.Contains("MG", findings.TextContent);
        var before = page.Find("[aria-label='Up script']").TextContent;
        findings.QuerySelector("input[type=checkbox]")!.Change(true);
        page.WaitForAssertion(() => Assert.NotEqual(before, page.Find("[aria-label='Up script']").TextContent));
    }

    [Fact]
    public async Task A_missing_version_says_so()
    {
        var id = (await Store.CreateProjectAsync("shop", DesignDiffViewTests.V1)).Value!.Id;
        var page = Render<ComparePage>(p => p.Add(x => x.ProjectId, id).Add(x => x.From, 4).Add(x => x.To, "working"));
        page.WaitForAssertion(() => Assert.Contains("Nothing to compare", page.Markup));
    }

    [Fact]
    public void Export_menu_formats_produce_named_files()
    {
        var ddl = ExportMenu.Export(DesignDiffViewTests.V2, "ddl", DialectNames.Sqlite, "v2");
        Assert.Equal("v2.sqlite.sql", ddl!.Value.FileName);
        Assert.Contains("CREATE TABLE", ddl.Value.Text);
        foreach (var (format, _) in ExportMenu.Formats)
        {
            var file = ExportMenu.Export(DesignDiffViewTests.V2, format, null, "v2");
            Assert.NotNull(file);
            Assert.Contains("orders", file.Value.Text);
        }
        Assert.Null(ExportMenu.Export(DesignDiffViewTests.V2, "nope", null, "v2"));
    }

    [Fact]
    public async Task Either_side_exports_its_diagram_as_svg_and_png()
    {
        var (_, page) = await OpenAsync();
        var menus = page.FindAll("button").Where(b => b.TextContent.Contains("Export v", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, menus.Count);
        menus[0].Click();
        var popovers = this.popovers!;
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-menu-item"), i => i.TextContent.Trim() == "Diagram (SVG)"));
        Assert.Contains(popovers.FindAll(".mud-menu-item"), i => i.TextContent.Trim() == "Diagram (PNG)");
        popovers.FindAll(".mud-menu-item").First(i => i.TextContent.Trim() == "Diagram (SVG)").Click();
        var svg = JSInterop.Invocations.Last(i => i.Identifier == "designStudio.download");
        Assert.Equal("v1.svg", svg.Arguments[0]);
        Assert.Contains("audit", (string)svg.Arguments[1]!); // the old side still has the removed table
        Assert.Equal(ExportMenu.DiagramSvg(DesignDiffViewTests.V1), svg.Arguments[1]);
    }

    [Fact]
    public void Sql_server_without_a_configured_sandbox_says_so_plainly()
    {
        var pair = new DesignStudio.Web.Services.Versions.ComparedPair(1, 2, DesignDiffViewTests.V1, DesignDiffViewTests.V2, "v1", "v2");
        var panel = Render<MigrationScriptsPanel>(p => p.Add(x => x.Pair, pair).Add(x => x.InitialDialect, DialectNames.SqlServer));
        Assert.Contains("SQL Server try-runs need a configured server", panel.Find("[aria-label='Sandbox availability']").TextContent);
        Assert.DoesNotContain(panel.FindAll("button"), b => b.TextContent.Contains("Try on sandbox", StringComparison.Ordinal));
    }
}

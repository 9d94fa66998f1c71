using Bunit;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Web.Collaboration;
using DesignStudio.Web.Components.Pages.Designer;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DesignStudio.Web.Tests.Designer;

/// <summary>
/// The prerendered design page is a light shell: the circuit renders the page again a moment later, so the prerender
/// neither loads the design nor joins its live session (which would show the visitor as present, then leave). It only
/// checks that the project exists and may be opened.
/// </summary>
public class DesignPagePrerenderTests : StudioTestContext
{
    private static readonly Design Shop = new()
    {
        Tables = [new Table { Id = "tbl_users", Name = "users", Columns = [new Column { Id = "c1", Name = "id", Type = LogicalType.Int64 }] }],
    };

    public DesignPagePrerenderTests() =>
        Services.AddSingleton<IDdlSource>(new SqlDialectDdlSource([new TextDialect(DialectNames.Sqlite, "SQLite")]));

    [Fact]
    public async Task Prerendering_shows_a_loading_shell_without_loading_the_design_or_joining_its_session()
    {
        var project = (await Store.CreateProjectAsync("shop", Shop)).Value!;
        SetRendererInfo(new RendererInfo("Static", false));
        var page = Render<DesignPage>(p => p.Add(x => x.ProjectId, project.Id));

        Assert.NotNull(page.Find("[aria-label='Loading design']"));
        Assert.DoesNotContain("users", page.Markup);
        Assert.Equal(0, Services.GetRequiredService<DesignSessionService>().OpenSessionCount);
    }

    [Fact]
    public void Prerendering_a_missing_project_says_so()
    {
        SetRendererInfo(new RendererInfo("Static", false));
        var page = Render<DesignPage>(p => p.Add(x => x.ProjectId, Guid.NewGuid()));

        page.WaitForAssertion(() => Assert.Contains("Project not found", page.Markup));
        Assert.Equal(0, Services.GetRequiredService<DesignSessionService>().OpenSessionCount);
    }

    [Fact]
    public async Task The_interactive_page_loads_the_design_and_joins_its_session()
    {
        var project = (await Store.CreateProjectAsync("shop", Shop)).Value!;
        SetRendererInfo(new RendererInfo("Server", true));
        Render<MudPopoverProvider>();
        var page = Render<DesignPage>(p => p.Add(x => x.ProjectId, project.Id));

        page.WaitForAssertion(() => Assert.Contains("Saved (version 0)", page.Markup));
        Assert.Contains("users", page.Find("[role=region][aria-label=Diagram]").TextContent);
        Assert.Equal(1, Services.GetRequiredService<DesignSessionService>().OpenSessionCount);
    }
}

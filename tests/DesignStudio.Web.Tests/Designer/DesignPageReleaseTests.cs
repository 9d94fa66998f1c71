using Bunit;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Web.Collaboration;
using DesignStudio.Web.Components.Pages.Designer;
using DesignStudio.Web.Components.Pages.Designer.Comments;
using DesignStudio.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DesignStudio.Web.Tests.Designer;

/// <summary>
/// A closed design page must leave nothing behind on the server's long-lived objects: its place in the design's live
/// session (presence, the session itself when it was the last page) and its comments panel.
/// </summary>
public class DesignPageReleaseTests : StudioTestContext
{
    private static readonly Table Users = new() { Id = "tbl_users", Name = "users", Columns = [new Column { Id = "c1", Name = "id", Type = LogicalType.Int64 }] };

    public DesignPageReleaseTests()
    {
        Services.AddSingleton<IDdlSource>(new SqlDialectDdlSource([new TextDialect(DialectNames.Sqlite, "SQLite")]));
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", true));
    }

    [Fact]
    public async Task Disposing_the_design_page_leaves_the_live_session_and_closes_it()
    {
        var project = (await Store.CreateProjectAsync("shop", new Design { Tables = [Users] })).Value!;
        var sessions = Services.GetRequiredService<DesignSessionService>();
        Render<MudPopoverProvider>();
        var page = Render<DesignPage>(p => p.Add(x => x.ProjectId, project.Id));
        page.WaitForAssertion(() => Assert.Contains("Saved (version 0)", page.Markup));
        Assert.Equal(1, sessions.OpenSessionCount);

        await DisposeComponentsAsync();

        Assert.Equal(0, sessions.OpenSessionCount);
    }

    [Fact]
    public async Task The_comments_panel_renders_only_under_the_comments_tab()
    {
        var project = (await Store.CreateProjectAsync("shop", new Design { Tables = [Users] })).Value!;
        Render<MudPopoverProvider>();
        var page = Render<DesignPage>(p => p.Add(x => x.ProjectId, project.Id));
        page.WaitForAssertion(() => Assert.Contains("Saved (version 0)", page.Markup));

        var panel = page.FindComponent<CommentsPanel>();
        Assert.Empty(panel.Nodes);
        Assert.Empty(page.FindAll("[role=region][aria-label=Comments]"));

        OpenTab(page, "Comments");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[role=region][aria-label=Comments]")));
    }
}

using Bunit;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Data;
using DesignStudio.Data.Access;
using DesignStudio.Web.Components.Pages.Designer;
using DesignStudio.Web.Services;
using DesignStudio.Web.Tests.Designer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;

namespace DesignStudio.Web.Tests.Accounts;

/// <summary>The design page for each role: what it offers, and what happens when access changes while it is open.</summary>
public class DesignPageAccessTests : StudioTestContext
{
    private static readonly Table Users = new() { Id = "tbl_users", Name = "users", Columns = [new Column { Id = "c1", Name = "id", Type = LogicalType.Int64 }] };
    private readonly ManualClock clock = new(DateTimeOffset.UtcNow);
    private readonly ProjectStore store;

    public DesignPageAccessTests()
    {
        Services.AddSingleton<IDdlSource>(new SqlDialectDdlSource([new TextDialect(DialectNames.Sqlite, "SQLite")]));
        // The same database through a store on a clock the test moves, so share links expire on cue.
        store = new ProjectStore(TempStore.Database, clock, NullLogger<ProjectStore>.Instance);
        Services.AddSingleton(store);
        Services.AddSingleton(store.Access);
        Services.AddSingleton<IProjectAccess>(store.Access);
        Services.AddSingleton(store.Events);
        Services.AddSingleton<TimeProvider>(clock);
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", true));
    }

    private async Task<(Guid ProjectId, string GuestId)> ShareAsync(ProjectRole role)
    {
        var project = (await store.CreateProjectAsync(OwnerId, "shop", new Design { Tables = [Users] })).Value!;
        var guest = await TempStore.CreateUserAsync("guest");
        Assert.True((await store.Members.AddOrSetAsync(OwnerId, project.Id, "guest", role)).Succeeded);
        SignInAs(guest, "guest");
        return (project.Id, guest);
    }

    private IRenderedComponent<DesignPage> Open(Guid projectId)
    {
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        var page = Render<DesignPage>(p => p.Add(x => x.ProjectId, projectId));
        // The save status counts live operations (the session's sequence): 0 when the page opens.
        page.WaitForAssertion(() => Assert.Contains("Saved (version 0)", page.Markup));
        return page;
    }

    [Theory]
    [InlineData(ProjectRole.Viewer)]
    [InlineData(ProjectRole.Commenter)]
    public async Task Viewers_and_commenters_see_view_only_access_and_no_working_edit_controls(ProjectRole role)
    {
        var (projectId, _) = await ShareAsync(role);
        var page = Open(projectId);
        page.WaitForAssertion(() => Assert.Contains("You have view-only access", page.Markup));
        Assert.True(Button(page, "Add table").HasAttribute("disabled"));
        Assert.True(Labelled(page, "New table name").HasAttribute("disabled"));
        // The access bar loads on its own: wait for it before asserting what it does not offer.
        page.WaitForAssertion(() => Assert.Equal(role.Label(), page.Find("[aria-label='Your role']").TextContent.Trim()));
        Assert.DoesNotContain("Members and sharing", page.Markup);
    }

    [Fact]
    public async Task An_editor_can_edit_but_gets_no_owner_tools()
    {
        var (projectId, _) = await ShareAsync(ProjectRole.Editor);
        var page = Open(projectId);
        Type(page, "New table name", "orders");
        Button(page, "Add table").Click();
        page.WaitForAssertion(() => Assert.Contains("Saved (version 1)", page.Markup));
        page.WaitForAssertion(() => Assert.Equal(ProjectRole.Editor.Label(), page.Find("[aria-label='Your role']").TextContent.Trim()));
        Assert.DoesNotContain("Members and sharing", page.Markup);
        Assert.DoesNotContain("view-only", page.Markup);
    }

    [Fact]
    public async Task Removing_a_member_shows_the_open_page_that_access_is_gone()
    {
        var (projectId, guest) = await ShareAsync(ProjectRole.Editor);
        var page = Open(projectId);
        Assert.Null(await store.Members.RemoveAsync(OwnerId, projectId, guest));
        page.WaitForAssertion(() => Assert.Contains("You no longer have access", page.Markup));
        Assert.DoesNotContain("Add table", page.Markup);
    }

    [Fact]
    public async Task Demoting_an_editor_makes_the_open_page_view_only()
    {
        var (projectId, _) = await ShareAsync(ProjectRole.Editor);
        var page = Open(projectId);
        await store.Members.AddOrSetAsync(OwnerId, projectId, "guest", ProjectRole.Viewer);
        page.WaitForAssertion(() => Assert.Contains("You have view-only access", page.Markup));
        Type(page, "New table name", "sneaky");
        Assert.True(Button(page, "Add table").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_share_link_expiring_while_the_page_is_open_ends_access_there()
    {
        var project = (await store.CreateProjectAsync(OwnerId, "shop", new Design { Tables = [Users] })).Value!;
        var link = (await store.ShareLinks.CreateAsync(OwnerId, project.Id, ProjectRole.Editor, clock.GetUtcNow().UtcDateTime.AddHours(1))).Value!;
        var guest = await TempStore.CreateUserAsync("guest");
        Assert.True((await store.ShareLinks.RedeemAsync(guest, link.Token)).Succeeded);
        SignInAs(guest, "guest");
        var page = Open(project.Id);
        // The access bar loads its grant on its own (after the page's first render) and schedules the expiry check
        // before it shows the date: wait for the date, or the clock below could move before the timer exists.
        page.WaitForAssertion(() => Assert.Contains("Shared with you until", page.Markup));

        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        page.WaitForAssertion(() => Assert.Contains("You no longer have access", page.Markup));
    }

    [Fact]
    public async Task Revoking_the_link_ends_access_in_the_open_page()
    {
        var project = (await store.CreateProjectAsync(OwnerId, "shop", new Design { Tables = [Users] })).Value!;
        var link = (await store.ShareLinks.CreateAsync(OwnerId, project.Id, ProjectRole.Viewer, clock.GetUtcNow().UtcDateTime.AddDays(1))).Value!;
        var guest = await TempStore.CreateUserAsync("guest");
        await store.ShareLinks.RedeemAsync(guest, link.Token);
        SignInAs(guest, "guest");
        var page = Open(project.Id);
        Assert.Null(await store.ShareLinks.RevokeAsync(OwnerId, project.Id, link.Link.Id));
        page.WaitForAssertion(() => Assert.Contains("You no longer have access", page.Markup));
    }

    [Fact]
    public async Task A_stranger_opening_the_address_gets_no_design()
    {
        var project = (await store.CreateProjectAsync(OwnerId, "shop", new Design { Tables = [Users] })).Value!;
        SignInAs(await TempStore.CreateUserAsync("stranger"), "stranger");
        var page = Render<DesignPage>(p => p.Add(x => x.ProjectId, project.Id));
        page.WaitForAssertion(() => Assert.Contains("You no longer have access", page.Markup));
        Assert.DoesNotContain("users", page.Markup);
    }
}

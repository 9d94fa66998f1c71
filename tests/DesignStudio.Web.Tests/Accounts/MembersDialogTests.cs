using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Data.Access;
using DesignStudio.Web.Components.Pages.Designer.Access;
using MudBlazor;

namespace DesignStudio.Web.Tests.Accounts;

/// <summary>The owner's members and sharing dialog, and what it does for someone who is not an owner.</summary>
public class MembersDialogTests : StudioTestContext
{
    private IRenderedComponent<MudDialogProvider> dialogs = default!;

    private async Task<Guid> OpenDialogAsync()
    {
        var project = (await Store.CreateProjectAsync("team", new Design())).Value!;
        Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
        var bar = Render<ProjectAccessBar>(p => p.Add(x => x.ProjectId, project.Id));
        bar.WaitForAssertion(() => Button(bar, "Members and sharing").Click());
        dialogs.WaitForAssertion(() => Assert.Contains("Share links", dialogs.Markup));
        return project.Id;
    }

    [Fact]
    public async Task Owner_adds_a_member_by_user_name_and_removes_them()
    {
        var friend = await TempStore.CreateUserAsync("friend");
        var projectId = await OpenDialogAsync();
        dialogs.WaitForAssertion(() => Assert.Contains(TempSqliteStore.OwnerName, dialogs.Find("table").TextContent));

        Type(dialogs, "User name or email", "friend");
        Button(dialogs, "Add member").Click();
        dialogs.WaitForAssertion(() => Button(dialogs, "Remove friend"));
        Assert.Equal(ProjectRole.Editor, await RealStore.Access.GetRoleAsync(projectId, friend));

        Button(dialogs, "Remove friend").Click();
        dialogs.WaitForAssertion(() => Assert.DoesNotContain("Remove friend", dialogs.Markup));
        Assert.Null(await RealStore.Access.GetRoleAsync(projectId, friend));
    }

    [Fact]
    public async Task Adding_an_unknown_user_says_so()
    {
        await OpenDialogAsync();
        Type(dialogs, "User name or email", "nobody@nowhere");
        Button(dialogs, "Add member").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("No account has the user name or email “nobody@nowhere”.", dialogs.Find("[role=alert]").TextContent));
    }

    [Fact]
    public async Task Removing_the_only_owner_is_refused_with_the_reason()
    {
        var projectId = await OpenDialogAsync();
        dialogs.WaitForAssertion(() => Button(dialogs, "Remove " + TempSqliteStore.OwnerName).Click());
        dialogs.WaitForAssertion(() => Assert.Contains("at least one owner", dialogs.Find("[role=alert]").TextContent));
        Assert.Equal(ProjectRole.Owner, await RealStore.Access.GetRoleAsync(projectId, OwnerId));
    }

    [Fact]
    public async Task Owner_creates_a_share_link_shown_once_and_revokes_it()
    {
        var projectId = await OpenDialogAsync();
        Button(dialogs, "Create share link").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("/share/", Labelled(dialogs, "New share link").GetAttribute("value")));
        var url = Labelled(dialogs, "New share link").GetAttribute("value")!;
        var token = url[(url.IndexOf("/share/", StringComparison.Ordinal) + "/share/".Length)..];
        var guest = await TempStore.CreateUserAsync("guest");
        Assert.True((await RealStore.ShareLinks.RedeemAsync(guest, token)).Succeeded);
        Assert.Equal(ProjectRole.Viewer, await RealStore.Access.GetRoleAsync(projectId, guest));

        var revoke = dialogs.FindAll("button").Single(b => b.GetAttribute("aria-label")?.StartsWith("Revoke viewer link", StringComparison.Ordinal) == true);
        revoke.Click();
        dialogs.WaitForAssertion(() => Assert.Contains("<td>revoked</td>", dialogs.Markup));
        Assert.Null(await RealStore.Access.GetRoleAsync(projectId, guest));
    }

    [Fact]
    public async Task A_non_owner_who_reaches_the_dialog_is_refused_by_the_store()
    {
        var project = (await Store.CreateProjectAsync("team", new Design())).Value!;
        var editor = await TempStore.CreateUserAsync("editor");
        await TempStore.CreateUserAsync("target");
        await RealStore.Members.AddOrSetAsync(OwnerId, project.Id, "editor", ProjectRole.Editor);
        SignInAs(editor, "editor");
        Render<MudPopoverProvider>();
        var cut = Render<MembersDialogHost>(p => p.Add(x => x.ProjectId, project.Id));
        cut.WaitForAssertion(() => Assert.Contains("Only an owner of this project can do that.", cut.Markup));

        Type(cut, "User name or email", "target");
        Button(cut, "Add member").Click();
        cut.WaitForAssertion(() => Assert.Contains("Only an owner", cut.Find("[role=alert]").TextContent));
        Assert.DoesNotContain((await RealStore.Members.ListAsync(OwnerId, project.Id)).Value!, m => m.UserName == "target");
    }
}

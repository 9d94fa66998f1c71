using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Data.Access;
using DesignStudio.Web.Components.Pages.Projects;
using DesignStudio.Web.Components.Pages.ProjectActivity;
using MudBlazor;

namespace DesignStudio.Web.Tests.Accounts;

/// <summary>The project list and the activity page as owners and as others see them.</summary>
public class ProjectListAccessTests : StudioTestContext
{
    [Fact]
    public async Task Lists_only_the_callers_projects_with_their_role_and_owner_actions_only_for_owners()
    {
        var guest = await TempStore.CreateUserAsync("guest");
        var mine = (await RealStore.CreateProjectAsync(guest, "Mine", new Design())).Value!;
        var shared = (await Store.CreateProjectAsync("Shared", new Design())).Value!;
        await Store.CreateProjectAsync("Private", new Design());
        await RealStore.Members.AddOrSetAsync(OwnerId, shared.Id, "guest", ProjectRole.Viewer);
        SignInAs(guest, "guest");
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        var cut = Render<ProjectList>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr").Count));
        Assert.DoesNotContain("Private", cut.Markup);
        var rows = cut.FindAll("tbody tr").ToDictionary(r => r.QuerySelector("a")!.TextContent, r => r);
        Assert.Contains("owner", rows["Mine"].TextContent);
        Assert.Contains("viewer", rows["Shared"].TextContent);
        Assert.NotNull(rows["Mine"].QuerySelector("[aria-label='Delete Mine']"));
        Assert.Null(rows["Shared"].QuerySelector("[aria-label='Delete Shared']"));
        Assert.Null(rows["Shared"].QuerySelector("[aria-label='Rename Shared']"));
        Assert.Equal(mine.Id.ToString(), rows["Mine"].QuerySelector("a")!.GetAttribute("href")!.Split('/').Last());
    }

    [Fact]
    public async Task Activity_page_shows_the_log_to_owners_and_refuses_others()
    {
        var project = (await Store.CreateProjectAsync("Logged <b>", new Design())).Value!;
        await Store.RenameProjectAsync(project.Id, "Renamed");
        var owner = Render<ActivityPage>(p => p.Add(x => x.ProjectId, project.Id));
        owner.WaitForAssertion(() => Assert.Equal(2, owner.FindAll("tbody tr").Count));
        Assert.Contains("Renamed the project from “Logged <b>” to “Renamed”", owner.Find("tbody").TextContent);
        Assert.Contains(TempSqliteStore.OwnerName, owner.Find("tbody").TextContent);

        var editor = await TempStore.CreateUserAsync("editor");
        await RealStore.Members.AddOrSetAsync(OwnerId, project.Id, "editor", ProjectRole.Editor);
        SignInAs(editor, "editor");
        var other = Render<ActivityPage>(p => p.Add(x => x.ProjectId, project.Id));
        other.WaitForAssertion(() => Assert.Contains("Only owners of this project can see its activity log.", other.Markup));
        Assert.Empty(other.FindAll("tbody tr"));
    }
}

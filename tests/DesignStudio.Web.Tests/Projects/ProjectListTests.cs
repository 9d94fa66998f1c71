using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Web.Components.Pages.Projects;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DesignStudio.Web.Tests.Projects;

public class ProjectListTests : StudioTestContext
{
    private IRenderedComponent<MudDialogProvider> dialogs = default!;

    private IRenderedComponent<ProjectList> RenderList()
    {
        Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
        return Render<ProjectList>();
    }

    [Fact]
    public async Task Lists_stored_projects_with_links_to_their_designs()
    {
        var a = (await Store.CreateProjectAsync("Alpha <i>", new Design())).Value!;
        var cut = RenderList();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr")));
        var link = cut.Find("tbody a");
        Assert.Equal("Alpha <i>", link.TextContent);
        Assert.Equal($"/projects/{a.Id}", link.GetAttribute("href"));
        Assert.Empty(cut.FindAll("tbody i"));
    }

    [Fact]
    public void Shows_an_empty_state_without_projects()
    {
        var cut = RenderList();
        cut.WaitForAssertion(() => Assert.Contains("No projects yet.", cut.Markup));
    }

    [Fact]
    public async Task Creating_from_the_blog_template_stores_it_and_opens_the_design()
    {
        var cut = RenderList();
        cut.WaitForAssertion(() => Button(cut, "New project"));
        Button(cut, "New project").Click();
        dialogs.WaitForAssertion(() => Labelled(dialogs, "Project name"));
        Type(dialogs, "Project name", "My blog");
        foreach (var radio in dialogs.FindAll("input[type=radio]"))
        {
            if (radio.Closest("label")?.TextContent.Contains("Blog") == true) radio.Click();
        }
        Button(dialogs, "Create").Click();

        var project = await WaitForProjectAsync("My blog");
        var stored = await Store.LoadDesignAsync(project.Id);
        Assert.Equal(StarterDesigns.Blog().Tables, stored!.Design.Tables);
        Assert.EndsWith($"/projects/{project.Id}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Renaming_asks_for_the_new_name_and_stores_it()
    {
        var p = (await Store.CreateProjectAsync("Old", new Design())).Value!;
        var cut = RenderList();
        cut.WaitForAssertion(() => Button(cut, "Rename Old"));
        Button(cut, "Rename Old").Click();
        dialogs.WaitForAssertion(() => Assert.Equal("Old", Labelled(dialogs, "Project name").GetAttribute("value")));
        Type(dialogs, "Project name", "New");
        Button(dialogs, "Rename").Click();
        cut.WaitForAssertion(() => Assert.Equal("New", cut.Find("tbody a").TextContent));
        Assert.Equal("New", (await Store.ListProjectsAsync()).Single(x => x.Id == p.Id).Name);
    }

    [Fact]
    public async Task Delete_asks_for_confirmation_and_cancel_keeps_the_project()
    {
        await Store.CreateProjectAsync("Keep", new Design());
        var cut = RenderList();
        cut.WaitForAssertion(() => Button(cut, "Delete Keep"));

        Button(cut, "Delete Keep").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Delete the project “Keep”", dialogs.Markup));
        Button(dialogs, "Cancel").Click();
        Assert.Single(await Store.ListProjectsAsync());

        Button(cut, "Delete Keep").Click();
        dialogs.WaitForAssertion(() => Button(dialogs, "Delete"));
        Button(dialogs, "Delete").Click();
        cut.WaitForAssertion(() => Assert.Contains("No projects yet.", cut.Markup));
        Assert.Empty(await Store.ListProjectsAsync());
    }

    private async Task<Data.ProjectSummary> WaitForProjectAsync(string name)
    {
        // Generous: the store write runs on another thread and a loaded 2-core CI machine can be slow.
        for (var i = 0; i < 600; i++)
        {
            if ((await Store.ListProjectsAsync()).FirstOrDefault(p => p.Name == name) is { } found) return found;
            await Task.Delay(50);
        }
        throw new InvalidOperationException($"Project {name} was not created.");
    }
}

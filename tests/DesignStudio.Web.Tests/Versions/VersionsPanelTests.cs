using Bunit;
using DesignStudio.Data.Access;
using DesignStudio.Data.Versions;
using DesignStudio.Web.Components.Pages.Designer.Versions;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DesignStudio.Web.Tests.Versions;

public class VersionsPanelTests : StudioTestContext
{
    private VersionStore Versions => Services.GetRequiredService<VersionStore>();

    private async Task<(Guid Id, IRenderedComponent<VersionsPanel> Panel, Func<int> Restored)> OpenAsync(Func<Guid, Task>? setup = null, int documentVersion = 1)
    {
        var id = (await Store.CreateProjectAsync("shop", DesignDiffViewTests.V1)).Value!.Id;
        if (setup is not null) await setup(id);
        var restored = 0;
        Render<MudPopoverProvider>();
        var panel = Render<VersionsPanel>(p => p
            .Add(x => x.ProjectId, id)
            .Add(x => x.Design, DesignDiffViewTests.V2)
            .Add(x => x.DocumentVersion, documentVersion)
            .Add(x => x.OnRestored, () => restored++));
        return (id, panel, () => restored);
    }

    [Fact]
    public async Task Commit_stores_the_working_design_as_a_numbered_version_and_lists_it()
    {
        var (id, panel, _) = await OpenAsync();
        Assert.Contains("No versions yet", panel.Markup);
        Type(panel, "Version name", "first cut");
        Type(panel, "Message", "<b>bold</b> start");
        Button(panel, "Commit version").Click();
        panel.WaitForAssertion(() => Assert.Contains("v1 · first cut", panel.Find("[aria-label='Version history']").TextContent));
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt; start", panel.Markup);
        Assert.Equal(DesignDiffViewTests.V2, (await Versions.LoadVersionAsync(OwnerId, id, 1)).Value!.Design);
        Assert.Equal($"/projects/{id}/versions/1", panel.Find("a[aria-label='Open version 1']").GetAttribute("href"));
    }

    [Fact]
    public async Task Tags_are_added_and_removed_from_the_history()
    {
        var (id, panel, _) = await OpenAsync(id => Versions.CommitVersionAsync(OwnerId, id, DesignDiffViewTests.V1, "base"));
        panel.WaitForAssertion(() => Labelled(panel, "New tag for version 1"));
        Labelled(panel, "New tag for version 1").Input("v1.2 released");
        Button(panel, "Add tag to version 1").Click();
        panel.WaitForAssertion(() => Assert.Contains("v1.2 released", panel.Find("[aria-label='Version history']").TextContent));
        Assert.Equal(["v1.2 released"], (await Versions.LoadVersionAsync(OwnerId, id, 1)).Value!.Summary.Tags);

        panel.Find("[aria-label='Tag v1.2 released'] button").Click();
        panel.WaitForAssertion(() => Assert.DoesNotContain("v1.2 released", panel.Find("[aria-label='Version history']").TextContent));
        Assert.Empty((await Versions.LoadVersionAsync(OwnerId, id, 1)).Value!.Summary.Tags);
    }

    [Fact]
    public async Task Restore_as_new_replaces_the_working_design_records_a_version_and_tells_the_page()
    {
        var (id, panel, restored) = await OpenAsync(async id =>
        {
            await Versions.CommitVersionAsync(OwnerId, id, DesignDiffViewTests.V1, "base");
            await Store.SaveDesignAsync(id, DesignDiffViewTests.V2, 1);
        }, documentVersion: 2);
        panel.WaitForAssertion(() => Button(panel, "Restore version 1 as new"));
        Button(panel, "Restore version 1 as new").Click();
        panel.WaitForAssertion(() => Assert.Equal(1, restored()));
        Assert.Contains("v2 · Restored from v1", panel.Find("[aria-label='Version history']").TextContent);
        Assert.Equal(DesignDiffViewTests.V1, (await Store.LoadDesignAsync(id))!.Design);
    }

    [Fact]
    public async Task Compare_links_the_chosen_version_to_the_working_design()
    {
        var (id, panel, _) = await OpenAsync(id => Versions.CommitVersionAsync(OwnerId, id, DesignDiffViewTests.V1, "base"));
        panel.WaitForAssertion(() => Assert.Equal($"/projects/{id}/compare/1/working",
            panel.FindAll("a").Single(a => a.TextContent.Trim() == "Compare").GetAttribute("href")));
    }

    [Theory]
    [InlineData(ProjectRole.Viewer)]
    [InlineData(ProjectRole.Commenter)]
    public async Task Roles_below_editor_see_the_history_without_commit_restore_or_tag_controls(ProjectRole role)
    {
        var guest = await TempStore.CreateUserAsync("guest");
        var (id, panel, _) = await OpenAsync(async id =>
        {
            await Versions.TagVersionAsync(OwnerId, id, (await Versions.CommitVersionAsync(OwnerId, id, DesignDiffViewTests.V1, "base")).Value!.Number, "released");
            Assert.True((await RealStore.Members.AddOrSetAsync(OwnerId, id, "guest", role)).Succeeded);
            SignInAs(guest, "guest");
        });

        panel.WaitForAssertion(() => Assert.Contains("v1 · base", panel.Find("[aria-label='Version history']").TextContent));
        Assert.DoesNotContain(panel.FindAll("button"), b => b.TextContent.Contains("Commit version", StringComparison.Ordinal));
        Assert.Empty(panel.FindAll("[aria-label='Restore version 1 as new']"));
        Assert.Empty(panel.FindAll("[aria-label='New tag for version 1']"));
        Assert.Empty(panel.FindAll("[aria-label='Tag released'] button"));
        Assert.Contains("released", panel.Find("[aria-label='Version history']").TextContent);
    }
}

using Bunit;
using DesignStudio.Data.Versions;
using DesignStudio.Web.Components.Pages.Designer.Versions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;

namespace DesignStudio.Web.Tests.Versions;

/// <summary>An open version history follows commits, restores and tags made on other pages, without a reload.</summary>
public class VersionHistoryLiveTests : StudioTestContext
{
    private VersionStore Versions => Services.GetRequiredService<VersionStore>();

    private async Task<(Guid Id, IRenderedComponent<VersionsPanel> Panel)> OpenAsync()
    {
        var id = (await Store.CreateProjectAsync("shop", DesignDiffViewTests.V1)).Value!.Id;
        Assert.True((await Versions.CommitVersionAsync(OwnerId, id, DesignDiffViewTests.V1, "base")).Succeeded);
        Render<MudPopoverProvider>();
        var panel = Render<VersionsPanel>(p => p.Add(x => x.ProjectId, id).Add(x => x.Design, DesignDiffViewTests.V2).Add(x => x.DocumentVersion, 1));
        panel.WaitForAssertion(() => Assert.Contains("v1 · base", History(panel)));
        return (id, panel);
    }

    private static string History(IRenderedComponent<VersionsPanel> panel) => panel.Find("[aria-label='Version history']").TextContent;

    private static string? CompareHref(IRenderedComponent<VersionsPanel> panel) =>
        panel.FindAll("a").Single(a => a.TextContent.Trim() == "Compare").GetAttribute("href");

    [Fact]
    public async Task A_version_committed_on_another_page_shows_in_the_open_history()
    {
        var (id, panel) = await OpenAsync();
        Assert.Equal($"/projects/{id}/compare/1/working", CompareHref(panel));

        // Another page (the same store, another user's circuit) commits: only the store's change event reaches this one.
        Assert.True((await Versions.CommitVersionAsync(OwnerId, id, DesignDiffViewTests.V2, "second <i>cut</i>", "from the other page")).Succeeded);

        panel.WaitForAssertion(() => Assert.Contains("v2 · second <i>cut</i>", History(panel)));
        Assert.Contains("from the other page", History(panel));
        Assert.NotNull(panel.Find("button[aria-label='Request review of version 2']"));
        // The comparison was at its default (latest against the one before): it follows the new version.
        Assert.Equal($"/projects/{id}/compare/1/2", CompareHref(panel));
    }

    [Fact]
    public async Task Tags_and_restores_made_on_another_page_show_in_the_open_history()
    {
        var (id, panel) = await OpenAsync();

        Assert.Null(await Versions.TagVersionAsync(OwnerId, id, 1, "released"));
        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[aria-label='Tag released']")));

        Assert.Null(await Versions.UntagAsync(OwnerId, id, "released"));
        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("[aria-label='Tag released']")));

        Assert.True((await Versions.RestoreVersionAsync(OwnerId, id, 1, 1)).Succeeded);
        panel.WaitForAssertion(() => Assert.Contains("v2 · Restored from v1", History(panel)));
    }

    [Fact]
    public async Task A_version_change_relayed_from_another_instance_reloads_the_history_and_other_projects_do_not()
    {
        var (id, panel) = await OpenAsync();
        var renders = panel.RenderCount;

        // Another project's history changing does not concern this page.
        VersionEvents.Raise(new VersionChange(Guid.NewGuid(), 2, VersionChangeKind.Committed, "elsewhere"));
        Assert.Equal(renders, panel.RenderCount);

        // Committed by another instance's store over the shared database (its events are not this instance's), then
        // announced here by the relay.
        var otherInstance = new VersionStore(TempStore.Database, TimeProvider.System, new VersionEvents(), NullLogger<VersionStore>.Instance);
        Assert.True((await otherInstance.CommitVersionAsync(OwnerId, id, DesignDiffViewTests.V2, "from the other server")).Succeeded);
        Assert.DoesNotContain("from the other server", History(panel));
        VersionEvents.Raise(new VersionChange(id, 2, VersionChangeKind.Committed, "elsewhere"));

        panel.WaitForAssertion(() => Assert.Contains("v2 · from the other server", History(panel)));
    }
}

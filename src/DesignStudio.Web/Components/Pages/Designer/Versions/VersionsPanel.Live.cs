using DesignStudio.Data.Versions;

namespace DesignStudio.Web.Components.Pages.Designer.Versions;

/// <summary>The history itself, kept live.</summary>
public partial class VersionsPanel
{
    // A version was committed, restored, tagged or untagged on another page (here or at another instance): the history
    // lists it. The comparison follows the newest versions only if the user had left it at its default.
    private async Task ReloadVersionsAsync(VersionChange change)
    {
        if (string.IsNullOrEmpty(userId)) return;
        var listed = await Store.ListVersionsAsync(userId, ProjectId);
        if (listed.Problem is { } refused)
        {
            // Access was taken away or the project deleted meanwhile: say so instead of showing a stale history.
            versions = [];
            problem = refused.Message;
            return;
        }
        var followLatest = (compareFrom, compareTo) == DefaultComparison(versions);
        versions = listed.Value ?? [];
        if (followLatest) (compareFrom, compareTo) = DefaultComparison(versions);
    }
}

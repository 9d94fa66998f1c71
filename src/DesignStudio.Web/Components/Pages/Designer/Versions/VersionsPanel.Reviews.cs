using DesignStudio.Data.Reviews;

namespace DesignStudio.Web.Components.Pages.Designer.Versions;

/// <summary>The history's review states, kept live.</summary>
public partial class VersionsPanel
{
    // A review of the project changed elsewhere (requested, a verdict, withdrawn): the history shows its new state. A
    // request may be for a version committed on another page since this one loaded (a new version, then a re-request):
    // the history lists it too, leaving the comparison the user picked as it is.
    private async Task ReloadReviewsAsync(ReviewChange change)
    {
        if (string.IsNullOrEmpty(userId)) return;
        reviews = (await Reviews.ListAsync(userId, ProjectId)).Value ?? [];
        if (change.Kind == ReviewChangeKind.Requested && reviews.Any(r => versions.All(v => v.Number != r.VersionNumber)))
            versions = (await Store.ListVersionsAsync(userId, ProjectId)).Value ?? versions;
    }
}

namespace DesignStudio.Web.Components.Pages.Designer.Versions;

/// <summary>The history's review states, kept live.</summary>
public partial class VersionsPanel
{
    // A review of the project changed elsewhere (requested, a verdict, withdrawn): the history shows its new state.
    private async Task ReloadReviewsAsync()
    {
        if (string.IsNullOrEmpty(userId)) return;
        reviews = (await Reviews.ListAsync(userId, ProjectId)).Value ?? [];
    }
}

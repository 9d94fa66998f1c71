using DesignStudio.Core.Model;
using DesignStudio.Data;
using DesignStudio.Data.Access;
using DesignStudio.Data.Reviews;
using DesignStudio.Data.Versions;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DesignStudio.Web.Components.Pages.Designer.Versions;

/// <summary>
/// The project's versions: commit the working design as a named version, the history with tags, open a version
/// read-only, restore one as a new version, and pick two versions (or a version and the working design) to compare.
/// </summary>
public partial class VersionsPanel
{
    private IReadOnlyList<VersionSummary> versions = [];
    private IReadOnlyList<ReviewSummary> reviews = [];
    private readonly Dictionary<int, string> tagDrafts = [];
    private string? newName;
    private string? newMessage;
    private string? problem;
    private bool busy;
    private int compareFrom;
    private int compareTo;
    private Guid loadedFor;
    private string userId = "";
    private bool canEdit;

    [Inject] private VersionStore Store { get; set; } = default!;
    [Inject] private ProjectStore Projects { get; set; } = default!;
    [Inject] private Accounts.CurrentUser CurrentUser { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private ReviewStore Reviews { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    /// <summary>The project.</summary>
    [Parameter, EditorRequired] public Guid ProjectId { get; set; }

    /// <summary>The working design (what a commit snapshots).</summary>
    [Parameter, EditorRequired] public Design Design { get; set; } = default!;

    /// <summary>The working design's stored version (a restore must name it).</summary>
    [Parameter] public int DocumentVersion { get; set; }

    /// <summary>Whether committing and restoring are blocked (e.g. after a save conflict).</summary>
    [Parameter] public bool Disabled { get; set; }

    /// <summary>Raised after a restore replaced the working design: the page reloads it.</summary>
    [Parameter] public EventCallback OnRestored { get; set; }

    private string CompareHref => $"/projects/{ProjectId}/compare/{compareFrom}/{(compareTo == 0 ? "working" : compareTo)}";

    private string TagDraft(int number) => tagDrafts.GetValueOrDefault(number, "");

    private int OpenReviews => reviews.Count(r => r.State.IsActive());

    // The review whose state the history shows: the newest one of the version that was not withdrawn.
    private ReviewSummary? LatestReview(int number) =>
        reviews.Where(r => r.VersionNumber == number && r.State != ReviewState.Withdrawn).MaxBy(r => r.Number);

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (loadedFor == ProjectId) return;
        loadedFor = ProjectId;
        userId = await CurrentUser.IdAsync();
        // Only hides the controls; the store checks the role again on every call.
        canEdit = await Projects.Access.GetRoleAsync(ProjectId, userId) >= ProjectRole.Editor;
        await RefreshAsync();
    }

    private async Task RefreshAsync()
    {
        var listed = await Store.ListVersionsAsync(userId, ProjectId);
        versions = listed.Value ?? [];
        problem = listed.Problem?.Message;
        reviews = (await Reviews.ListAsync(userId, ProjectId)).Value ?? [];
        (compareFrom, compareTo) = DefaultComparison(versions);
    }

    // By default the latest version is compared with the one before it (or, with one version, with the working design).
    private static (int From, int To) DefaultComparison(IReadOnlyList<VersionSummary> list) => list.Count switch
    {
        0 => (0, 0),
        1 => (list[0].Number, 0),
        _ => (list[1].Number, list[0].Number),
    };

    private async Task CommitAsync()
    {
        if (string.IsNullOrWhiteSpace(newName)) return;
        busy = true;
        try
        {
            var result = await Store.CommitVersionAsync(userId, ProjectId, Design, newName, newMessage);
            if (!result.Succeeded)
            {
                problem = result.Problem.Message;
                return;
            }
            problem = null;
            newName = newMessage = null;
            await RefreshAsync();
            Snackbar.Add($"Committed version {result.Value.Number}.", MudBlazor.Severity.Success);
        }
        finally
        {
            busy = false;
        }
    }

    private async Task RestoreAsync(int number)
    {
        busy = true;
        try
        {
            var result = await Store.RestoreVersionAsync(userId, ProjectId, number, DocumentVersion);
            if (result.Succeeded)
            {
                problem = null;
                await RefreshAsync();
                Snackbar.Add($"Restored version {number} as version {result.Version!.Number}.", MudBlazor.Severity.Success);
                await OnRestored.InvokeAsync();
                return;
            }
            problem = result.Problem?.Message ?? result.Save switch
            {
                SaveResult.Conflict c => $"The design was changed by {c.UpdatedBy ?? "someone else"} meanwhile (version {c.CurrentVersion}): reload it, then restore.",
                _ => "The project no longer exists.",
            };
        }
        finally
        {
            busy = false;
        }
    }

    private async Task TagAsync(int number)
    {
        var tag = TagDraft(number);
        if (await Store.TagVersionAsync(userId, ProjectId, number, tag) is { } refused)
        {
            problem = refused.Message;
            return;
        }
        problem = null;
        tagDrafts.Remove(number);
        await RefreshAsync();
    }

    private async Task UntagAsync(string tag)
    {
        var refused = await Store.UntagAsync(userId, ProjectId, tag);
        await RefreshAsync();
        problem = refused?.Message;
    }

    private async Task RequestReviewAsync(int number)
    {
        var parameters = new DialogParameters<Reviews.RequestReviewDialog>
        {
            { d => d.ProjectId, ProjectId }, { d => d.VersionNumber, number }, { d => d.Versions, versions },
        };
        var dialog = await Dialogs.ShowAsync<Reviews.RequestReviewDialog>($"Request review of version {number}", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true });
        if (await dialog.Result is not { Canceled: false, Data: ReviewSummary review }) return;
        await RefreshAsync();
        Snackbar.Add($"Requested review {review.Number} of version {number}.", MudBlazor.Severity.Success);
    }
}

using DesignStudio.Data;
using DesignStudio.Data.Access;
using DesignStudio.Data.Reviews;
using DesignStudio.Web.Services.Reviews;
using DesignStudio.Web.Services.Versions;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DesignStudio.Web.Components.Pages.Designer.Reviews;

/// <summary>
/// One review: the visual and listed diff from the base to the reviewed version, the lint findings and normal forms
/// (new ones highlighted), the migration scripts per dialect, the discussion, and the reviewer's Approve / Request
/// changes or the requester's Withdraw. Buttons only show what the caller may do; the store checks every call again.
/// </summary>
public partial class ReviewPage
{
    private ReviewedVersions? reviewed;
    private DesignDiffView? view;
    private ReviewFindings? findings;
    private bool missing;
    private bool canComment;
    private bool busy;
    private string? problem;
    private string userId = "";

    [Inject] private ReviewWorkbench Workbench { get; set; } = default!;
    [Inject] private ReviewStore Reviews { get; set; } = default!;
    [Inject] private DesignStudio.Data.Comments.CommentStore Comments { get; set; } = default!;
    [Inject] private ProjectStore Projects { get; set; } = default!;
    [Inject] private Accounts.CurrentUser CurrentUser { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The project.</summary>
    [Parameter] public Guid ProjectId { get; set; }

    /// <summary>The review's number in the project.</summary>
    [Parameter] public int Number { get; set; }

    private ReviewSummary? Summary => reviewed?.Details.Summary;

    private bool IsReviewer => canComment && Summary is { State: not ReviewState.Withdrawn } s && s.Reviewers.Any(r => r.UserId == userId);

    private bool IsRequester => Summary is { State: not ReviewState.Withdrawn } s && s.RequestedBy == userId;

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        userId = await CurrentUser.IdAsync();
        // A review the caller may not read looks like one that does not exist.
        reviewed = await Workbench.LoadAsync(userId, ProjectId, Number);
        missing = reviewed is null;
        if (reviewed is null) return;
        canComment = (await Projects.Access.GetRoleAsync(ProjectId, userId)).Allows(ProjectPermission.Comment);
        // Opening the review reads its notifications (a request, a verdict).
        await Comments.Notifications.MarkReviewReadAsync(userId, ProjectId, Number);
        view = DesignDiffView.Build(reviewed.Pair.From, reviewed.Pair.To);
        findings = ReviewFindings.Build(reviewed.Pair.From, reviewed.Pair.To);
    }

    private async Task ReloadDetailsAsync()
    {
        var details = await Reviews.LoadAsync(userId, ProjectId, Number);
        if (details.Value is { } fresh && reviewed is not null) reviewed = reviewed with { Details = fresh };
    }

    // Another page changed this review (a verdict, a comment, a withdrawal): show it without a reload.
    private Task OnReviewChangedAsync(ReviewChange change) => reviewed is null ? Task.CompletedTask : ReloadDetailsAsync();

    private async Task VerdictAsync(ReviewVerdict verdict)
    {
        busy = true;
        try
        {
            var result = await Reviews.GiveVerdictAsync(userId, ProjectId, Number, verdict);
            problem = result.Problem?.Message;
            await ReloadDetailsAsync();
            if (result.Succeeded) Snackbar.Add($"{verdict.Label()}: the review is now {result.Value.State.Label().ToLowerInvariant()}.", MudBlazor.Severity.Success);
        }
        finally
        {
            busy = false;
        }
    }

    private async Task WithdrawAsync()
    {
        busy = true;
        try
        {
            problem = (await Reviews.WithdrawAsync(userId, ProjectId, Number))?.Message;
            await ReloadDetailsAsync();
        }
        finally
        {
            busy = false;
        }
    }

    private async Task<string?> CommentAsync(ReviewCommentDraft draft)
    {
        var result = await Reviews.CommentAsync(userId, ProjectId, Number, draft.Body, draft.ObjectId, draft.ObjectLabel);
        if (!result.Succeeded) return result.Problem.Message;
        await ReloadDetailsAsync();
        StateHasChanged(); // called by the discussion through a plain delegate, which does not re-render this page by itself
        return null;
    }
}

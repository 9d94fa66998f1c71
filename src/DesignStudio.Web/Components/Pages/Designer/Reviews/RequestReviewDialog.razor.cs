using DesignStudio.Data;
using DesignStudio.Data.Access;
using DesignStudio.Data.Reviews;
using DesignStudio.Data.Versions;
using DesignStudio.Web.Accounts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DesignStudio.Web.Components.Pages.Designer.Reviews;

/// <summary>
/// "Request review" for one version: pick reviewers among the members who can comment (not yourself), the version to
/// compare against (the previous one by default) and a message. Closes with the new <see cref="ReviewSummary"/>.
/// </summary>
public partial class RequestReviewDialog
{
    private readonly HashSet<string> chosen = new(StringComparer.Ordinal);
    private IReadOnlyList<MemberSummary>? candidates;
    private int baseVersion;
    private string? message;
    private string? problem;
    private bool busy;
    private string userId = "";

    [CascadingParameter] private IMudDialogInstance MudDialog { get; set; } = default!;

    [Inject] private ProjectStore Projects { get; set; } = default!;
    [Inject] private ReviewStore Reviews { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;

    /// <summary>The project.</summary>
    [Parameter] public Guid ProjectId { get; set; }

    /// <summary>The version to review.</summary>
    [Parameter] public int VersionNumber { get; set; }

    /// <summary>The project's versions (to choose the base from).</summary>
    [Parameter] public IReadOnlyList<VersionSummary> Versions { get; set; } = [];

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        userId = await User.IdAsync();
        baseVersion = Versions.Where(v => v.Number < VersionNumber).Select(v => v.Number).DefaultIfEmpty(0).Max();
        var members = await Projects.Members.ListAsync(userId, ProjectId);
        problem = members.Problem?.Message;
        candidates = members.Value?.Where(m => m.UserId != userId && m.Role >= ProjectRole.Commenter).ToList() ?? [];
    }

    private void Toggle(string memberId, bool on)
    {
        if (on) chosen.Add(memberId);
        else chosen.Remove(memberId);
    }

    private void Cancel() => MudDialog.Cancel();

    private async Task RequestAsync()
    {
        busy = true;
        try
        {
            var result = await Reviews.RequestAsync(userId, ProjectId, new ReviewRequest(VersionNumber, [.. chosen], message, baseVersion == 0 ? null : baseVersion));
            if (!result.Succeeded)
            {
                problem = result.Problem.Message;
                return;
            }
            MudDialog.Close(DialogResult.Ok(result.Value));
        }
        finally
        {
            busy = false;
        }
    }
}

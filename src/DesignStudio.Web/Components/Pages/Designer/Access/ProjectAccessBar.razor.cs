using DesignStudio.Data.Access;
using DesignStudio.Web.Accounts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DesignStudio.Web.Components.Pages.Designer.Access;

/// <summary>
/// Shows the caller's access to a project and keeps it current while the page is open: it checks again when the store
/// announces an access change for the project (member removed, role changed, link revoked, project deleted) and when
/// the share link it came through expires, and tells the page through <see cref="OnAccessChanged"/>.
/// </summary>
public partial class ProjectAccessBar : IDisposable
{
    private ProjectGrant? grant;
    private bool loaded;
    private string userId = "";
    private Guid? watchedProject;
    private ITimer? expiryTimer;

    [Inject] private IProjectAccess Access { get; set; } = default!;
    [Inject] private ProjectAccessEvents Events { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    /// <summary>The project.</summary>
    [Parameter] public Guid ProjectId { get; set; }

    /// <summary>Called with the new role (null: no access any more) whenever it changes.</summary>
    [Parameter] public EventCallback<ProjectRole?> OnAccessChanged { get; set; }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (watchedProject == ProjectId) return;
        if (watchedProject is null) Events.Changed += OnChanged;
        watchedProject = ProjectId;
        userId = await User.IdAsync();
        await RefreshAsync(notify: false);
    }

    private void OnChanged(AccessChange change)
    {
        if (change.ProjectId != ProjectId || (change.UserId is not null && change.UserId != userId)) return;
        _ = InvokeAsync(() => RefreshAsync(notify: true));
    }

    private async Task RefreshAsync(bool notify)
    {
        var before = grant?.Role;
        grant = await Access.GetGrantAsync(ProjectId, userId);
        loaded = true;
        ScheduleExpiryCheck();
        if (notify && before != grant?.Role) await OnAccessChanged.InvokeAsync(grant?.Role);
        StateHasChanged();
    }

    // A share link's expiry takes effect in open pages too: check again the moment it passes.
    private void ScheduleExpiryCheck()
    {
        expiryTimer?.Dispose();
        expiryTimer = null;
        if (grant?.ExpiresUtc is not { } expires) return;
        var due = expires - Clock.GetUtcNow().UtcDateTime + TimeSpan.FromMilliseconds(50);
        if (due < TimeSpan.Zero) due = TimeSpan.Zero;
        if (due > TimeSpan.FromDays(40)) return; // beyond a timer's range; the next operation checks anyway
        expiryTimer = Clock.CreateTimer(_ => _ = InvokeAsync(() => RefreshAsync(notify: true)), null, due, Timeout.InfiniteTimeSpan);
    }

    private async Task OpenMembersAsync()
    {
        var parameters = new DialogParameters<MembersDialog> { { d => d.ProjectId, ProjectId } };
        var dialog = await Dialogs.ShowAsync<MembersDialog>("Members and sharing", parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = true });
        await dialog.Result;
        await RefreshAsync(notify: true);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Events.Changed -= OnChanged;
        expiryTimer?.Dispose();
        GC.SuppressFinalize(this);
    }
}

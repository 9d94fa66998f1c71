using DesignStudio.Data.Comments;
using DesignStudio.Web.Accounts;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Layout;

/// <summary>
/// The app bar's notification bell: the signed-in user's unread count, and a list of their notifications (mentions and
/// replies) to mark read or to jump to the thread. Updates live when a comment notifies this user.
/// </summary>
public partial class NotificationBell : IDisposable
{
    private IReadOnlyList<NotificationView> items = [];
    private int unread;
    private bool open;
    private string userId = "";

    [Inject] private CommentStore Comments { get; set; } = default!;
    [Inject] private CommentEvents Events { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private string BellLabel => unread == 0 ? "Notifications" : $"Notifications, {unread} unread";

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        userId = await User.IdAsync();
        Events.Changed += OnChanged;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (string.IsNullOrEmpty(userId)) return;
        unread = await Comments.Notifications.UnreadCountAsync(userId);
        if (open) items = await Comments.Notifications.ListAsync(userId);
    }

    private async Task ToggleAsync()
    {
        open = !open;
        await LoadAsync();
    }

    private async Task MarkReadAsync(long id)
    {
        await Comments.Notifications.MarkReadAsync(userId, id);
        await LoadAsync();
    }

    private async Task MarkAllReadAsync()
    {
        await Comments.Notifications.MarkAllReadAsync(userId);
        await LoadAsync();
    }

    private async Task JumpAsync(NotificationView item)
    {
        await Comments.Notifications.MarkReadAsync(userId, item.Id);
        open = false;
        await LoadAsync();
        Navigation.NavigateTo($"/projects/{item.ProjectId}?thread={item.ThreadId}");
    }

    private static string ItemTitle(NotificationView item) => item.Kind == NotificationKind.Mention
        ? $"{item.ActorName} mentioned you on {item.TargetLabel}"
        : $"{item.ActorName} replied on {item.TargetLabel}";

    private static string ItemLabel(NotificationView item) => $"{(item.Read ? "" : "Unread: ")}{ItemTitle(item)} in {item.ProjectName}";

    private void OnChanged(CommentChange change)
    {
        if (!change.NotifiedUserIds.Contains(userId)) return;
        _ = InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        });
    }

    /// <inheritdoc />
    public void Dispose() => Events.Changed -= OnChanged;
}

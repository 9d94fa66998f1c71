using DesignStudio.Data.Comments;
using DesignStudio.Data.Reviews;
using DesignStudio.Web.Accounts;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Layout;

/// <summary>
/// The app bar's notification bell: the signed-in user's unread count, and a list of their notifications (mentions,
/// replies, resolved and reopened threads, review requests and verdicts) to mark read or to jump to the thread or
/// review. Updates live when a comment or a review notifies this user (here or, relayed, at another instance).
/// </summary>
public partial class NotificationBell : IDisposable
{
    private IReadOnlyList<NotificationView> items = [];
    private int unread;
    private bool open;
    private string userId = "";

    [Inject] private CommentStore Comments { get; set; } = default!;
    [Inject] private CommentEvents Events { get; set; } = default!;
    [Inject] private ReviewEvents ReviewEvents { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private string BellLabel => unread == 0 ? "Notifications" : $"Notifications, {unread} unread";

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        userId = await User.IdAsync();
        Events.Changed += OnChanged;
        ReviewEvents.Changed += OnReviewChanged;
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
        Navigation.NavigateTo(item.ReviewNumber is { } number
            ? $"/projects/{item.ProjectId}/reviews/{number}"
            : $"/projects/{item.ProjectId}?thread={item.ThreadId}");
    }

    /// <summary>What a notification says happened, as plain text.</summary>
    public static string ItemTitle(NotificationView item) => item.Kind switch
    {
        NotificationKind.Mention => $"{item.ActorName} mentioned you on {item.TargetLabel}",
        NotificationKind.Reply => $"{item.ActorName} replied on {item.TargetLabel}",
        NotificationKind.Resolved => $"{item.ActorName} resolved the thread on {item.TargetLabel}",
        NotificationKind.Reopened => $"{item.ActorName} reopened the thread on {item.TargetLabel}",
        NotificationKind.ReviewRequested => $"{item.ActorName} asked you to review ({item.TargetLabel})",
        NotificationKind.ReviewApproved => $"{item.ActorName} approved {item.TargetLabel}",
        _ => $"{item.ActorName} requested changes in {item.TargetLabel}",
    };

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

    private void OnReviewChanged(ReviewChange change)
    {
        if (!change.NotifiedUserIds.Contains(userId)) return;
        _ = InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        });
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Events.Changed -= OnChanged;
        ReviewEvents.Changed -= OnReviewChanged;
    }
}

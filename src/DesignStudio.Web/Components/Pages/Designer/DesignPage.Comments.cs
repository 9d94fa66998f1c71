using DesignStudio.Web.Components.Pages.Designer.Comments;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Components.Pages.Designer;

// The Comments tab: a marker or "Comment" button on a table, or a notification link (?thread=), opens it.
public partial class DesignPage
{
    [Inject] private CommentBoard CommentBoard { get; set; } = default!;
    [Inject] private NavigationManager PageNavigation { get; set; } = default!;

    private bool watchingComments;

    private bool CommentsTabOpen => activeTab == (int)DesignTab.Comments;

    private void WatchComments()
    {
        if (PageNavigation.Uri.Contains("thread=", StringComparison.Ordinal)) activeTab = (int)DesignTab.Comments;
        if (watchingComments) return;
        watchingComments = true;
        CommentBoard.TableThreadsRequested += OpenCommentsTab;
        CommentBoard.NewThreadRequested += OpenCommentsTab;
        PageNavigation.LocationChanged += OnCommentLink;
    }

    private void UnwatchComments()
    {
        if (!watchingComments) return;
        CommentBoard.TableThreadsRequested -= OpenCommentsTab;
        CommentBoard.NewThreadRequested -= OpenCommentsTab;
        PageNavigation.LocationChanged -= OnCommentLink;
    }

    private void OpenCommentsTab<T>(T request) => _ = InvokeAsync(() =>
    {
        activeTab = (int)DesignTab.Comments;
        StateHasChanged();
    });

    private void OnCommentLink(object? sender, Microsoft.AspNetCore.Components.Routing.LocationChangedEventArgs e)
    {
        if (e.Location.Contains("thread=", StringComparison.Ordinal)) OpenCommentsTab(e);
    }
}

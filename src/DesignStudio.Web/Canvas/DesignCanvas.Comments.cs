using DesignStudio.Web.Components.Pages.Designer.Comments;
using Microsoft.AspNetCore.Components;

namespace DesignStudio.Web.Canvas;

/// <summary>
/// Comment markers: the open-thread counts are copied onto the nodes (one subscription for the canvas, not one per
/// node), a node draws its marker only when its count is above zero, and only nodes whose count changed re-render.
/// </summary>
public partial class DesignCanvas
{
    [Inject] private CommentBoard CommentBoard { get; set; } = default!;

    private void WatchComments() => CommentBoard.TableCountsChanged += OnCommentCountsChanged;

    private void UnwatchComments() => CommentBoard.TableCountsChanged -= OnCommentCountsChanged;

    // After a projection sync: new nodes start at zero.
    private void SyncCommentCounts()
    {
        foreach (var (tableId, node) in projection.Nodes) SetOpenComments(node, CommentBoard.OpenCount(tableId));
    }

    private void OnCommentCountsChanged(IReadOnlySet<string> tableIds) => _ = InvokeAsync(() =>
    {
        foreach (var tableId in tableIds)
        {
            if (projection.Nodes.TryGetValue(tableId, out var node)) SetOpenComments(node, CommentBoard.OpenCount(tableId));
        }
    });

    private static void SetOpenComments(TableNodeModel node, int count)
    {
        if (node.OpenComments == count) return;
        node.OpenComments = count;
        node.Refresh();
    }
}

using DesignStudio.Data.Comments;

namespace DesignStudio.Web.Components.Pages.Designer.Comments;

/// <summary>
/// The comments state of one page (scoped per circuit): the open thread counts per table that the canvas markers show,
/// and the requests from markers and "Comment" buttons to the comments panel (open a table's threads, start a thread on
/// an object). Lets those small components talk to the panel without passing parameters through the design page.
/// </summary>
public sealed class CommentBoard
{
    private IReadOnlyDictionary<string, int> openByTable = new Dictionary<string, int>();

    /// <summary>Raised when the open thread counts changed.</summary>
    public event Action? CountsChanged;

    /// <summary>
    /// Raised when the open thread counts changed, with the ids of the tables whose count changed: a marker re-renders
    /// only for its own table, so a new comment redraws one table's marker, not the canvas.
    /// </summary>
    public event Action<IReadOnlySet<string>>? TableCountsChanged;

    /// <summary>Raised when a marker asks to show the open threads of a table (the table id).</summary>
    public event Action<string>? TableThreadsRequested;

    /// <summary>Raised when a "Comment" button asks to start a thread on an object.</summary>
    public event Action<CommentTarget>? NewThreadRequested;

    /// <summary>Open threads on the table or its columns.</summary>
    public int OpenCount(string tableId) => openByTable.TryGetValue(tableId, out var count) ? count : 0;

    /// <summary>Replaces the counts from the panel's thread list.</summary>
    public void SetThreads(IEnumerable<ThreadSummary> threads)
    {
        var counts = threads.Where(t => !t.Resolved && t.Target.TableId is not null)
            .GroupBy(t => t.Target.TableId!).ToDictionary(g => g.Key, g => g.Count());
        var changed = counts.Where(c => OpenCount(c.Key) != c.Value).Select(c => c.Key)
            .Concat(openByTable.Keys.Where(id => !counts.ContainsKey(id))).ToHashSet(StringComparer.Ordinal);
        if (changed.Count == 0) return;
        openByTable = counts;
        TableCountsChanged?.Invoke(changed);
        CountsChanged?.Invoke();
    }

    /// <summary>Asks the panel to show the open threads on a table.</summary>
    public void ShowTableThreads(string tableId) => TableThreadsRequested?.Invoke(tableId);

    /// <summary>Asks the panel to start a thread on <paramref name="target"/>.</summary>
    public void StartThread(CommentTarget target) => NewThreadRequested?.Invoke(target);
}

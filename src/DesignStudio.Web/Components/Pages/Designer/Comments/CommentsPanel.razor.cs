using DesignStudio.Core.Model;
using DesignStudio.Data;
using DesignStudio.Data.Access;
using DesignStudio.Data.Comments;
using DesignStudio.Web.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace DesignStudio.Web.Components.Pages.Designer.Comments;

/// <summary>
/// A project's comment threads: the list (open, resolved or all; all objects or one), a thread with its replies,
/// resolve and reopen, and a box to start a thread on the design, a table or a column, with <c>@mention</c>
/// autocomplete from the members. Bodies render as text. Every change goes through <see cref="CommentStore"/> as the
/// signed-in user (which checks the role); other pages' changes arrive through <see cref="CommentEvents"/>. Opens the
/// thread named in the <c>?thread=</c> query (links from the notification bell) and feeds the canvas markers through
/// <see cref="CommentBoard"/>.
/// </summary>
public partial class CommentsPanel : IDisposable
{
    private const string AllObjects = "*";
    private const string DesignKey = "design";
    private const int TargetSearchLimit = 50;

    private IReadOnlyList<ThreadSummary> threads = [];
    private IReadOnlyList<string> memberNames = [];
    private ThreadView? selected;
    private ThreadFilter filter = ThreadFilter.Open;
    private string objectFilter = AllObjects;
    private string newTargetKey = DesignKey;
    private string? draft;
    private string? reply;
    private string? problem;
    private string userId = "";
    private ProjectRole? role;
    private Guid? loadedProject;
    private MentionTextBox? composer;
    private bool focusComposer;

    /// <summary>The project.</summary>
    [Parameter, EditorRequired] public Guid ProjectId { get; set; }

    /// <summary>The current design (names objects; threads on objects no longer in it show as orphaned).</summary>
    [Parameter, EditorRequired] public Design Design { get; set; } = default!;

    /// <summary>
    /// Whether the panel is shown. Hidden, it renders nothing (its thread list, filters and object chooser cost the page
    /// no components) but still follows the threads, feeding the canvas markers, and answers their requests.
    /// </summary>
    [Parameter] public bool Visible { get; set; } = true;

    [Inject] private CommentStore Comments { get; set; } = default!;
    [Inject] private CommentEvents Events { get; set; } = default!;
    [Inject] private CommentBoard Board { get; set; } = default!;
    [Inject] private ProjectStore Store { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private bool CanComment => role.Allows(ProjectPermission.Comment);

    private int OpenCount => threads.Count(t => !t.Resolved);

    private IReadOnlyList<ThreadSummary> VisibleThreads => [.. threads
        .Where(t => filter switch { ThreadFilter.Open => !t.Resolved, ThreadFilter.Resolved => t.Resolved, _ => true })
        .Where(t => objectFilter == AllObjects || ObjectKey(t.Target) == objectFilter)];

    private IEnumerable<(string Key, string Label)> ObjectChoices => threads
        .GroupBy(t => ObjectKey(t.Target))
        .Select(g => (g.Key, g.Key == DesignKey ? "Design" : TableLabel(g.First().Target)))
        .OrderBy(c => c.Item2, StringComparer.OrdinalIgnoreCase);

    private IEnumerable<(string Key, string Label)> TargetChoices
    {
        get
        {
            yield return (DesignKey, "The design");
            foreach (var table in Design.Tables)
            {
                yield return ("t:" + table.Id, table.QualifiedName);
                foreach (var column in table.Columns) yield return ($"c:{table.Id}:{column.Id}", table.QualifiedName + "." + column.Name);
            }
        }
    }

    // The "Comment on" box: the targets whose label contains the typed text, the first TargetSearchLimit of them.
    private Task<IEnumerable<string>> SearchTargetsAsync(string? text, CancellationToken cancellationToken)
    {
        var matches = TargetChoices
            .Where(c => string.IsNullOrWhiteSpace(text) || c.Label.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(c => c.Key)
            .Take(TargetSearchLimit)
            .ToList();
        return Task.FromResult<IEnumerable<string>>(matches);
    }

    private string TargetLabel(string? key) => key is null ? "" : TargetOf(key) switch
    {
        null => "",
        { Kind: CommentTargetKind.Design } => "The design",
        { } target => target.Label,
    };

    private void SetNewTarget(string? key) => newTargetKey = key ?? DesignKey;

    /// <inheritdoc />
    protected override void OnInitialized()
    {
        Events.Changed += OnCommentsChanged;
        Board.TableThreadsRequested += OnTableThreadsRequested;
        Board.NewThreadRequested += OnNewThreadRequested;
        Navigation.LocationChanged += OnLocationChanged;
    }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (loadedProject == ProjectId) return;
        loadedProject = ProjectId;
        selected = null;
        userId = await User.IdAsync();
        role = await Store.Access.GetRoleAsync(ProjectId, userId);
        memberNames = (await Store.Members.ListAsync(userId, ProjectId)).Value?.Select(m => m.UserName).ToList() ?? [];
        await LoadThreadsAsync();
        if (ThreadFromUri() is { } linked) await OpenThreadAsync(linked);
    }

    private async Task LoadThreadsAsync()
    {
        var listed = await Comments.ListThreadsAsync(userId, ProjectId);
        threads = listed.Value ?? [];
        if (listed.Problem is { } refused) problem = refused.Message;
        Board.SetThreads(threads);
    }

    private async Task OpenThreadAsync(Guid threadId)
    {
        var loaded = await Comments.GetThreadAsync(userId, ProjectId, threadId);
        selected = loaded.Value;
        if (loaded.Problem is { } missing) problem = missing.Message;
        reply = null;
        if (selected is not null) await Comments.Notifications.MarkThreadReadAsync(userId, threadId);
    }

    private void CloseThread() => selected = null;

    private async Task StartThreadAsync()
    {
        if (TargetOf(newTargetKey) is not { } target || string.IsNullOrWhiteSpace(draft)) return;
        var posted = await Comments.StartThreadAsync(userId, ProjectId, target, draft);
        if (!Report(posted)) return;
        draft = null;
        await LoadThreadsAsync();
        await OpenThreadAsync(posted.Value!.ThreadId);
    }

    private async Task ReplyAsync()
    {
        if (selected is null || string.IsNullOrWhiteSpace(reply)) return;
        var posted = await Comments.ReplyAsync(userId, ProjectId, selected.Summary.Id, reply);
        if (!Report(posted)) return;
        await ReloadAsync();
    }

    private Task ResolveAsync() => ChangeAsync(id => Comments.ResolveAsync(userId, ProjectId, id));

    private Task ReopenAsync() => ChangeAsync(id => Comments.ReopenAsync(userId, ProjectId, id));

    private Task DeleteAsync(long commentId) => ChangeAsync(_ => Comments.DeleteCommentAsync(userId, ProjectId, commentId));

    private async Task ChangeAsync(Func<Guid, Task<Core.Diagnostics.Diagnostic?>> change)
    {
        if (selected is null) return;
        problem = (await change(selected.Summary.Id))?.Message;
        await ReloadAsync();
    }

    // Tells the author who was not notified; false when the store refused the comment.
    private bool Report(StoreResult<CommentPosted> posted)
    {
        if (posted.Problem is { } refused)
        {
            problem = refused.Message;
            return false;
        }
        problem = posted.Value!.NotMembers.Count == 0 ? null
            : $"Not notified (not members of this project): {string.Join(", ", posted.Value.NotMembers.Select(n => "@" + n))}.";
        return true;
    }

    private async Task ReloadAsync()
    {
        await LoadThreadsAsync();
        if (selected is { } open)
        {
            var loaded = await Comments.GetThreadAsync(userId, ProjectId, open.Summary.Id);
            selected = loaded.Value;
            if (selected is not null) await Comments.Notifications.MarkThreadReadAsync(userId, open.Summary.Id);
        }
        reply = selected is null ? null : reply;
    }

    private void SetFilter(ThreadFilter value) => filter = value;

    private void SetObjectFilter(string value) => objectFilter = value;

    private bool CanDelete(CommentView comment) => (comment.AuthorId == userId && CanComment) || role == ProjectRole.Owner;

    private bool Orphaned(ThreadSummary thread) => thread.Target.IsOrphanedIn(Design);

    // The object's current name, or its name when the thread started marked as deleted.
    private string LabelOf(ThreadSummary thread) =>
        (thread.Target.CurrentLabel(Design) is { } current ? current : thread.Target.Label + " (deleted)")
        + (thread.Target.VersionNumber is { } version ? $" (version {version})" : "");

    private string TableLabel(CommentTarget target) =>
        Design.Tables.FirstOrDefault(t => t.Id == target.TableId)?.QualifiedName ?? target.Label.Split('.')[0] + " (deleted)";

    private static string ObjectKey(CommentTarget target) => target.TableId is { } tableId ? "t:" + tableId : DesignKey;

    private CommentTarget? TargetOf(string key)
    {
        if (key == DesignKey) return CommentTarget.ForDesign(Design);
        var parts = key.Split(':');
        var table = Design.Tables.FirstOrDefault(t => t.Id == parts[1]);
        if (table is null) return null;
        if (parts[0] == "t") return CommentTarget.ForTable(table);
        var column = table.Columns.FirstOrDefault(c => c.Id == parts[2]);
        return column is null ? null : CommentTarget.ForColumn(table, column);
    }

    private static string KeyOf(CommentTarget target) => target.Kind switch
    {
        CommentTargetKind.Table => "t:" + target.TableId,
        CommentTargetKind.Column => $"c:{target.TableId}:{target.ColumnId}",
        _ => DesignKey,
    };

    private Guid? ThreadFromUri()
    {
        var query = QueryHelpers.ParseQuery(Navigation.ToAbsoluteUri(Navigation.Uri).Query);
        return query.TryGetValue("thread", out var value) && Guid.TryParse(value, out var id) ? id : null;
    }

    private void OnCommentsChanged(CommentChange change)
    {
        if (change.ProjectId != ProjectId || change.Kind == CommentChangeKind.NotificationsRead) return;
        _ = InvokeAsync(async () =>
        {
            await ReloadAsync();
            StateHasChanged();
        });
    }

    private void OnTableThreadsRequested(string tableId) => _ = InvokeAsync(async () =>
    {
        objectFilter = "t:" + tableId;
        filter = ThreadFilter.Open;
        var open = VisibleThreads;
        if (open.Count == 1) await OpenThreadAsync(open[0].Id);
        StateHasChanged();
    });

    // The composer is focused after the next render: the page may show this (hidden) panel only in its own next render.
    private void OnNewThreadRequested(CommentTarget target) => _ = InvokeAsync(() =>
    {
        newTargetKey = KeyOf(target);
        focusComposer = true;
        StateHasChanged();
    });

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusComposer || composer is null) return;
        focusComposer = false;
        await composer.FocusAsync();
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (ThreadFromUri() is not { } linked || linked == selected?.Summary.Id) return;
        _ = InvokeAsync(async () =>
        {
            await LoadThreadsAsync();
            await OpenThreadAsync(linked);
            StateHasChanged();
        });
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Events.Changed -= OnCommentsChanged;
        Board.TableThreadsRequested -= OnTableThreadsRequested;
        Board.NewThreadRequested -= OnNewThreadRequested;
        Navigation.LocationChanged -= OnLocationChanged;
    }
}

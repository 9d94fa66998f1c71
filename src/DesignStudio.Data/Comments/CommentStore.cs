using DesignStudio.Core.Diagnostics;
using DesignStudio.Data.Access;
using DesignStudio.Data.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DesignStudio.Data.Comments;

/// <summary>
/// Comment threads on a project's design. Every call names its caller and checks the caller's role in the same context
/// as its read or write: viewers read; commenters and above start threads, reply, resolve and reopen; authors edit and
/// delete their own comments (while they may still comment), owners delete any. <c>@username</c> mentions resolve
/// against the project's current members only and notify them; a reply notifies the thread's other participants.
/// Refusals and bad input are results (diagnostics), never exceptions, and change nothing. Posting, resolving,
/// reopening and deleting are written to the activity log in the same unit of work, then announced on
/// <see cref="CommentEvents"/>.
/// </summary>
public sealed class CommentStore
{
    /// <summary>Longest comment body.</summary>
    public const int MaxBodyLength = 4000;
    /// <summary>Longest target label kept.</summary>
    public const int MaxLabelLength = 400;
    /// <summary>Longest excerpt kept in a notification or listed for a thread.</summary>
    public const int MaxExcerptLength = 140;

    private readonly ProjectDatabase database;
    private readonly ProjectAccess access;
    private readonly ActivityLog activity;
    private readonly CommentEvents events;
    private readonly ILogger<CommentStore> logger;

    /// <summary>A comment store over <paramref name="database"/>, with the same access rules as the project store.</summary>
    public CommentStore(ProjectDatabase database, TimeProvider clock, CommentEvents events, ILogger<CommentStore> logger)
    {
        this.database = database;
        this.events = events;
        this.logger = logger;
        access = new ProjectAccess(database, clock);
        activity = new ActivityLog(database, access);
        Notifications = new CommentNotifications(database, access, events);
    }

    /// <summary>The callers' notification lists.</summary>
    public CommentNotifications Notifications { get; }

    /// <summary>The project's threads, most recently active first (viewer and up).</summary>
    public async Task<StoreResult<IReadOnlyList<ThreadSummary>>> ListThreadsAsync(string userId, Guid projectId, ThreadFilter filter = ThreadFilter.All,
        CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        if (await RefusalAsync(db, projectId, userId, ProjectPermission.View, cancellationToken) is { } refusal) return new(null, refusal);
        var threads = db.Set<CommentThread>().AsNoTracking().Where(t => t.ProjectId == projectId);
        threads = filter switch
        {
            ThreadFilter.Open => threads.Where(t => t.ResolvedUtc == null),
            ThreadFilter.Resolved => threads.Where(t => t.ResolvedUtc != null),
            _ => threads,
        };
        var rows = await threads.OrderByDescending(t => t.LastActivityUtc).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var ids = rows.Select(t => t.Id).ToList();
        var comments = await db.Set<Comment>().AsNoTracking().Where(c => ids.Contains(c.ThreadId))
            .OrderBy(c => c.Id).Select(c => new { c.ThreadId, c.Body }).ToListAsync(cancellationToken);
        var byThread = comments.GroupBy(c => c.ThreadId).ToDictionary(g => g.Key, g => (Count: g.Count(), First: g.First().Body));
        IReadOnlyList<ThreadSummary> list = [.. rows.Select(t => Summary(t, byThread.TryGetValue(t.Id, out var c) ? c.Count : 0, c.First ?? ""))];
        return new(list, null);
    }

    /// <summary>A thread with its comments (viewer and up).</summary>
    public async Task<StoreResult<ThreadView>> GetThreadAsync(string userId, Guid projectId, Guid threadId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        if (await RefusalAsync(db, projectId, userId, ProjectPermission.View, cancellationToken) is { } refusal) return new(null, refusal);
        var thread = await db.Set<CommentThread>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == threadId && t.ProjectId == projectId, cancellationToken);
        if (thread is null) return new(null, MissingThread(threadId));
        var comments = await db.Set<Comment>().AsNoTracking().Where(c => c.ThreadId == threadId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return new(new ThreadView(Summary(thread, comments.Count, comments.FirstOrDefault()?.Body ?? ""), [.. comments.Select(View)]), null);
    }

    /// <summary>Starts a thread on <paramref name="target"/> with its first comment (commenter and up).</summary>
    public async Task<StoreResult<CommentPosted>> StartThreadAsync(string userId, Guid projectId, CommentTarget target, string body,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using var db = database.CreateContext();
        if (await RefusalAsync(db, projectId, userId, ProjectPermission.Comment, cancellationToken) is { } refusal) return new(null, refusal);
        if (CheckBody(body) is { } bad) return new(null, bad);
        if (CheckTarget(target) is { } badTarget) return new(null, badTarget);
        var now = access.Now();
        var thread = new CommentThread
        {
            Id = Guid.NewGuid(), ProjectId = projectId, TargetKind = target.Kind, TableId = target.TableId, ColumnId = target.ColumnId,
            TargetLabel = Clip(string.IsNullOrWhiteSpace(target.Label) ? target.Kind.ToString().ToLowerInvariant() : target.Label.Trim(), MaxLabelLength),
            VersionNumber = target.VersionNumber, CreatedBy = userId, CreatedUtc = now, LastActivityUtc = now,
        };
        db.Add(thread);
        return await PostAsync(db, thread, userId, body, now, isReply: false, cancellationToken);
    }

    /// <summary>Adds a reply to a thread (commenter and up); the thread's other participants are notified.</summary>
    public async Task<StoreResult<CommentPosted>> ReplyAsync(string userId, Guid projectId, Guid threadId, string body, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        if (await RefusalAsync(db, projectId, userId, ProjectPermission.Comment, cancellationToken) is { } refusal) return new(null, refusal);
        if (CheckBody(body) is { } bad) return new(null, bad);
        var thread = await db.Set<CommentThread>().SingleOrDefaultAsync(t => t.Id == threadId && t.ProjectId == projectId, cancellationToken);
        if (thread is null) return new(null, MissingThread(threadId));
        var now = access.Now();
        thread.LastActivityUtc = now;
        return await PostAsync(db, thread, userId, body, now, isReply: true, cancellationToken);
    }

    /// <summary>Resolves an open thread (commenter and up); returns why not, or null.</summary>
    public Task<Diagnostic?> ResolveAsync(string userId, Guid projectId, Guid threadId, CancellationToken cancellationToken = default) =>
        SetResolvedAsync(userId, projectId, threadId, resolved: true, cancellationToken);

    /// <summary>Reopens a resolved thread (commenter and up); returns why not, or null.</summary>
    public Task<Diagnostic?> ReopenAsync(string userId, Guid projectId, Guid threadId, CancellationToken cancellationToken = default) =>
        SetResolvedAsync(userId, projectId, threadId, resolved: false, cancellationToken);

    /// <summary>Changes the body of the caller's own comment (its author, while they may comment); returns why not, or null.</summary>
    public async Task<Diagnostic?> EditCommentAsync(string userId, Guid projectId, long commentId, string body, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        if (await RefusalAsync(db, projectId, userId, ProjectPermission.Comment, cancellationToken) is { } refusal) return refusal;
        var comment = await FindCommentAsync(db, projectId, commentId, cancellationToken);
        if (comment is null) return MissingComment(commentId);
        if (comment.AuthorId != userId) return NotAuthor(commentId, "Only its author can edit a comment.");
        if (CheckBody(body) is { } bad) return bad;
        comment.Body = body.Trim();
        comment.EditedUtc = access.Now();
        await db.SaveChangesAsync(cancellationToken);
        events.Raise(new CommentChange(projectId, comment.ThreadId, CommentChangeKind.Edited, []));
        return null;
    }

    /// <summary>
    /// Deletes a comment: its author (while they may comment) or an owner. Deleting a thread's last comment deletes the
    /// thread. Returns why not, or null.
    /// </summary>
    public async Task<Diagnostic?> DeleteCommentAsync(string userId, Guid projectId, long commentId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var role = await access.GrantAsync(db, projectId, userId, cancellationToken);
        if (await RefusalAsync(db, projectId, userId, ProjectPermission.Comment, cancellationToken) is { } refusal) return refusal;
        var comment = await FindCommentAsync(db, projectId, commentId, cancellationToken);
        if (comment is null) return MissingComment(commentId);
        if (comment.AuthorId != userId && role?.Role != ProjectRole.Owner)
            return NotAuthor(commentId, "Only its author or an owner of the project can delete a comment.");
        db.Remove(comment);
        var thread = await db.Set<CommentThread>().SingleAsync(t => t.Id == comment.ThreadId, cancellationToken);
        var last = !await db.Set<Comment>().AnyAsync(c => c.ThreadId == thread.Id && c.Id != commentId, cancellationToken);
        if (last) db.Remove(thread);
        await activity.AddAsync(db, projectId, userId, ActivityKind.CommentDeleted,
            $"Deleted {(comment.AuthorId == userId ? "their" : comment.AuthorName + "'s")} comment on {thread.TargetLabel}", access.Now(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        events.Raise(new CommentChange(projectId, thread.Id, CommentChangeKind.Deleted, []));
        return null;
    }

    private async Task<Diagnostic?> SetResolvedAsync(string userId, Guid projectId, Guid threadId, bool resolved, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await RefusalAsync(db, projectId, userId, ProjectPermission.Comment, cancellationToken) is { } refusal) return refusal;
        var thread = await db.Set<CommentThread>().SingleOrDefaultAsync(t => t.Id == threadId && t.ProjectId == projectId, cancellationToken);
        if (thread is null) return MissingThread(threadId);
        if (thread.ResolvedUtc is not null == resolved)
            return new Diagnostic(CommentCodes.AlreadyInState, Severity.Warning, Path(threadId), resolved ? "The thread is already resolved." : "The thread is already open.");
        var now = access.Now();
        thread.ResolvedUtc = resolved ? now : null;
        thread.ResolvedBy = resolved ? userId : null;
        thread.LastActivityUtc = now;
        await activity.AddAsync(db, projectId, userId, resolved ? ActivityKind.CommentThreadResolved : ActivityKind.CommentThreadReopened,
            $"{(resolved ? "Resolved" : "Reopened")} the comment thread on {thread.TargetLabel}", now, cancellationToken);
        var notified = await NotifyParticipantsAsync(db, thread, userId, resolved ? NotificationKind.Resolved : NotificationKind.Reopened, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Project {ProjectId}: thread {ThreadId} {State}, {Notified} notified", projectId, threadId, resolved ? "resolved" : "reopened", notified.Count);
        events.Raise(new CommentChange(projectId, threadId, resolved ? CommentChangeKind.Resolved : CommentChangeKind.Reopened, notified));
        return null;
    }

    // Writes the comment, its mentions and notifications and the activity entry in one unit of work.
    private async Task<StoreResult<CommentPosted>> PostAsync(ProjectDbContext db, CommentThread thread, string userId, string body, DateTime now, bool isReply,
        CancellationToken cancellationToken)
    {
        var authorName = await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).SingleOrDefaultAsync(cancellationToken) ?? userId;
        var text = body.Trim();
        var comment = new Comment { ThreadId = thread.Id, AuthorId = userId, AuthorName = authorName, Body = text, CreatedUtc = now };
        var members = await ActiveMembersAsync(db, thread.ProjectId, now, cancellationToken);
        var mentioned = new List<(string Id, string Name)>();
        var notMembers = new List<string>();
        foreach (var name in MentionParser.Names(text))
        {
            if (members.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)) is { Id: not null } member)
            {
                if (mentioned.All(m => m.Id != member.Id)) mentioned.Add(member);
            }
            else notMembers.Add(name);
        }
        var participants = isReply ? await ParticipantsAsync(db, thread, cancellationToken) : [];
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(comment);
        await db.SaveChangesAsync(cancellationToken); // the comment's id, for mentions and notifications
        var excerpt = Clip(text.ReplaceLineEndings(" "), MaxExcerptLength);
        var notified = new List<string>();
        foreach (var (id, _) in mentioned)
        {
            db.Add(new CommentMention { CommentId = comment.Id, UserId = id });
            if (id == userId) continue;
            Notify(db, id, thread, comment, NotificationKind.Mention, excerpt, now);
            notified.Add(id);
        }
        foreach (var id in participants.Where(p => p != userId && !notified.Contains(p) && members.Any(m => m.Id == p)))
        {
            Notify(db, id, thread, comment, NotificationKind.Reply, excerpt, now);
            notified.Add(id);
        }
        await activity.AddAsync(db, thread.ProjectId, userId, ActivityKind.CommentAdded,
            $"{(isReply ? "Replied on" : "Commented on")} {thread.TargetLabel}: {excerpt}", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Project {ProjectId}: comment {CommentId} in thread {ThreadId}, {Notified} notified", thread.ProjectId, comment.Id, thread.Id, notified.Count);
        events.Raise(new CommentChange(thread.ProjectId, thread.Id, isReply ? CommentChangeKind.Replied : CommentChangeKind.ThreadStarted, notified));
        return new(new CommentPosted(thread.Id, View(comment), [.. mentioned.Select(m => m.Name)], notMembers), null);
    }

    private static void Notify(ProjectDbContext db, string recipient, CommentThread thread, Comment comment, NotificationKind kind, string excerpt, DateTime now) =>
        db.Add(new Notification
        {
            UserId = recipient, ProjectId = thread.ProjectId, Kind = kind, ThreadId = thread.Id, CommentId = comment.Id,
            ActorName = comment.AuthorName, Excerpt = excerpt, CreatedUtc = now,
        });

    // Tells the thread's participants who are still members (not the actor) that it was resolved or reopened.
    private static async Task<List<string>> NotifyParticipantsAsync(ProjectDbContext db, CommentThread thread, string actorId, NotificationKind kind,
        DateTime now, CancellationToken cancellationToken)
    {
        var members = await ActiveMembersAsync(db, thread.ProjectId, now, cancellationToken);
        var recipients = (await ParticipantsAsync(db, thread, cancellationToken)).Where(p => p != actorId && members.Any(m => m.Id == p)).ToList();
        if (recipients.Count == 0) return recipients;
        var actorName = await db.Users.Where(u => u.Id == actorId).Select(u => u.UserName).SingleOrDefaultAsync(cancellationToken) ?? actorId;
        var first = await db.Set<Comment>().Where(c => c.ThreadId == thread.Id).OrderBy(c => c.Id).Select(c => new { c.Id, c.Body }).FirstOrDefaultAsync(cancellationToken);
        var excerpt = Clip((kind == NotificationKind.Resolved ? "Resolved: " : "Reopened: ") + (first?.Body ?? "").ReplaceLineEndings(" "), MaxExcerptLength);
        foreach (var id in recipients)
        {
            db.Add(new Notification
            {
                UserId = id, ProjectId = thread.ProjectId, Kind = kind, ThreadId = thread.Id, CommentId = first?.Id ?? 0,
                ActorName = actorName, Excerpt = excerpt, CreatedUtc = now,
            });
        }
        return recipients;
    }

    // The thread's starter, everyone who commented in it and everyone mentioned in it.
    private static async Task<List<string>> ParticipantsAsync(ProjectDbContext db, CommentThread thread, CancellationToken cancellationToken)
    {
        var authors = await db.Set<Comment>().Where(c => c.ThreadId == thread.Id).Select(c => c.AuthorId).Distinct().ToListAsync(cancellationToken);
        var mentioned = await (from m in db.Set<CommentMention>() join c in db.Set<Comment>() on m.CommentId equals c.Id
                               where c.ThreadId == thread.Id select m.UserId).Distinct().ToListAsync(cancellationToken);
        return [.. new[] { thread.CreatedBy }.Concat(authors).Concat(mentioned).Distinct()];
    }

    // Members whose access is valid now (a revoked or expired share link is no membership).
    private static async Task<List<(string Id, string Name)>> ActiveMembersAsync(ProjectDbContext db, Guid projectId, DateTime now, CancellationToken cancellationToken)
    {
        var rows = await (from m in db.Members.AsNoTracking()
                          join u in db.Users on m.UserId equals u.Id
                          where m.ProjectId == projectId && (m.ShareLinkId == null || (m.ShareLink!.RevokedUtc == null && m.ShareLink.ExpiresUtc > now))
                          select new { m.UserId, u.UserName }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.UserId, r.UserName ?? r.UserId))];
    }

    private static async Task<Comment?> FindCommentAsync(ProjectDbContext db, Guid projectId, long commentId, CancellationToken cancellationToken) =>
        await (from c in db.Set<Comment>() join t in db.Set<CommentThread>() on c.ThreadId equals t.Id
               where c.Id == commentId && t.ProjectId == projectId select c).SingleOrDefaultAsync(cancellationToken);

    private async Task<Diagnostic?> RefusalAsync(ProjectDbContext db, Guid projectId, string userId, ProjectPermission permission, CancellationToken cancellationToken)
    {
        var decision = await access.CheckAsync(db, projectId, userId, permission, cancellationToken);
        return decision == AccessDecision.Allowed ? null : AccessProblems.Refusal(decision, projectId, permission);
    }

    /// <summary>Why <paramref name="body"/> cannot be a comment, or null when it can.</summary>
    public static Diagnostic? CheckBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return new(CommentCodes.EmptyBody, Severity.Error, "comment/body", "Write something first: the comment is empty.");
        return body.Trim().Length > MaxBodyLength
            ? new(CommentCodes.LongBody, Severity.Error, "comment/body", $"A comment can be at most {MaxBodyLength} characters (this one has {body.Trim().Length}).")
            : null;
    }

    private static Diagnostic? CheckTarget(CommentTarget target) => target.Kind switch
    {
        CommentTargetKind.Table when string.IsNullOrEmpty(target.TableId) => BadTarget("A table comment needs the table's id."),
        CommentTargetKind.Column when string.IsNullOrEmpty(target.TableId) || string.IsNullOrEmpty(target.ColumnId) =>
            BadTarget("A column comment needs the column's id and its table's id."),
        _ => null,
    };

    private static Diagnostic BadTarget(string message) => new(CommentCodes.BadTarget, Severity.Error, "comment/target", message);

    private static Diagnostic MissingThread(Guid threadId) =>
        new(CommentCodes.MissingThread, Severity.Error, Path(threadId), "That comment thread no longer exists.");

    private static Diagnostic MissingComment(long commentId) =>
        new(CommentCodes.MissingComment, Severity.Error, "comments/" + commentId, "That comment no longer exists.");

    private static Diagnostic NotAuthor(long commentId, string message) => new(CommentCodes.NotAuthor, Severity.Error, "comments/" + commentId, message);

    private static string Path(Guid threadId) => "threads/" + threadId;

    private static ThreadSummary Summary(CommentThread t, int count, string firstBody) =>
        new(t.Id, t.Target, t.CreatedBy, t.CreatedUtc, t.ResolvedBy, t.ResolvedUtc, count, Clip(firstBody.ReplaceLineEndings(" "), MaxExcerptLength), t.LastActivityUtc);

    private static CommentView View(Comment c) => new(c.Id, c.AuthorId, c.AuthorName, c.Body, c.CreatedUtc, c.EditedUtc);

    internal static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

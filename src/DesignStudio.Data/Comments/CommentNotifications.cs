using DesignStudio.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace DesignStudio.Data.Comments;

/// <summary>
/// A user's in-app notifications (mentions and replies). Each caller sees and changes only their own, and only for
/// projects they can still open: a notification from a project they lost access to is not shown.
/// </summary>
public sealed class CommentNotifications(ProjectDatabase database, ProjectAccess access, CommentEvents events)
{
    /// <summary>The caller's notifications, newest first.</summary>
    public async Task<IReadOnlyList<NotificationView>> ListAsync(string userId, bool unreadOnly = false, int limit = 50, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId)) return [];
        await using var db = database.CreateContext();
        var projects = await VisibleProjectsAsync(db, userId, cancellationToken);
        var rows = await (from n in db.Set<Notification>().AsNoTracking()
                          from t in db.Set<CommentThread>().Where(t => t.Id == n.ThreadId).DefaultIfEmpty()
                          join p in db.Projects on n.ProjectId equals p.Id
                          where n.UserId == userId && projects.Contains(n.ProjectId) && (!unreadOnly || n.ReadUtc == null)
                          orderby n.Id descending
                          select new { n, ProjectName = p.Name, TargetLabel = t == null ? null : t.TargetLabel })
            .Take(limit).ToListAsync(cancellationToken);
        // A review notification has no thread: it names its review.
        return [.. rows.Select(r => new NotificationView(r.n.Id, r.n.ProjectId, r.ProjectName, r.n.ThreadId ?? Guid.Empty,
            r.TargetLabel ?? $"review {r.n.ReviewNumber}", r.n.Kind, r.n.ActorName, r.n.Excerpt, r.n.CreatedUtc, r.n.ReadUtc != null, r.n.ReviewNumber))];
    }

    /// <summary>How many of the caller's notifications are unread.</summary>
    public async Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId)) return 0;
        await using var db = database.CreateContext();
        var projects = await VisibleProjectsAsync(db, userId, cancellationToken);
        return await db.Set<Notification>().CountAsync(n => n.UserId == userId && n.ReadUtc == null && projects.Contains(n.ProjectId), cancellationToken);
    }

    /// <summary>Marks one of the caller's notifications read; false when the caller has no such notification.</summary>
    public async Task<bool> MarkReadAsync(string userId, long notificationId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var notification = await db.Set<Notification>().SingleOrDefaultAsync(n => n.Id == notificationId && n.UserId == userId, cancellationToken);
        if (notification is null) return false;
        if (notification.ReadUtc is null)
        {
            notification.ReadUtc = access.Now();
            await db.SaveChangesAsync(cancellationToken);
            events.Raise(new CommentChange(notification.ProjectId, notification.ThreadId ?? Guid.Empty, CommentChangeKind.NotificationsRead, [userId]));
        }
        return true;
    }

    /// <summary>Marks the caller's unread notifications about <paramref name="threadId"/> read (they opened the thread).</summary>
    public async Task<int> MarkThreadReadAsync(string userId, Guid threadId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var unread = await db.Set<Notification>().Where(n => n.UserId == userId && n.ThreadId == threadId && n.ReadUtc == null).ToListAsync(cancellationToken);
        if (unread.Count == 0) return 0;
        var now = access.Now();
        foreach (var n in unread) n.ReadUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        events.Raise(new CommentChange(unread[0].ProjectId, threadId, CommentChangeKind.NotificationsRead, [userId]));
        return unread.Count;
    }

    /// <summary>Marks all of the caller's notifications read.</summary>
    public async Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var unread = await db.Set<Notification>().Where(n => n.UserId == userId && n.ReadUtc == null).ToListAsync(cancellationToken);
        if (unread.Count == 0) return 0;
        var now = access.Now();
        foreach (var n in unread) n.ReadUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        events.Raise(new CommentChange(unread[0].ProjectId, unread[0].ThreadId ?? Guid.Empty, CommentChangeKind.NotificationsRead, [userId]));
        return unread.Count;
    }

    /// <summary>Marks the caller's unread notifications about review <paramref name="number"/> read (they opened the review).</summary>
    public async Task<int> MarkReviewReadAsync(string userId, Guid projectId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var unread = await db.Set<Notification>()
            .Where(n => n.UserId == userId && n.ProjectId == projectId && n.ReviewNumber == number && n.ReadUtc == null).ToListAsync(cancellationToken);
        if (unread.Count == 0) return 0;
        var now = access.Now();
        foreach (var n in unread) n.ReadUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        events.Raise(new CommentChange(projectId, Guid.Empty, CommentChangeKind.NotificationsRead, [userId]));
        return unread.Count;
    }

    // Projects the caller can open now (a revoked or expired share link does not count).
    private async Task<List<Guid>> VisibleProjectsAsync(ProjectDbContext db, string userId, CancellationToken cancellationToken)
    {
        var now = access.Now();
        return await db.Members.AsNoTracking()
            .Where(m => m.UserId == userId && (m.ShareLinkId == null || (m.ShareLink!.RevokedUtc == null && m.ShareLink.ExpiresUtc > now)))
            .Select(m => m.ProjectId).ToListAsync(cancellationToken);
    }
}

namespace DesignStudio.Data.Comments;

/// <summary>
/// An in-app notification for one user about a comment thread (a mention, a reply, a resolution or reopening) or about
/// a review (requested from them, or a verdict on their request); unread until they mark it read.
/// </summary>
public sealed class Notification
{
    /// <summary>Sequence id.</summary>
    public long Id { get; set; }

    /// <summary>Who it is for (user id).</summary>
    public required string UserId { get; set; }

    /// <summary>The project.</summary>
    public Guid ProjectId { get; set; }

    /// <summary>Why they were notified.</summary>
    public NotificationKind Kind { get; set; }

    /// <summary>The thread, for a comment notification; null for a review notification.</summary>
    public Guid? ThreadId { get; set; }

    /// <summary>The review's number in its project, for a review notification; null for a comment notification.</summary>
    public int? ReviewNumber { get; set; }

    /// <summary>The comment that caused it (it may since have been deleted); 0 for a review notification.</summary>
    public long CommentId { get; set; }

    /// <summary>Who wrote the comment or acted (user name at the time).</summary>
    public required string ActorName { get; set; }

    /// <summary>The start of the comment, or what happened, as plain text.</summary>
    public required string Excerpt { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>When the user marked it read (UTC), or null while unread.</summary>
    public DateTime? ReadUtc { get; set; }
}

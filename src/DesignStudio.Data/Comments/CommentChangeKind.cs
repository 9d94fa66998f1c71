namespace DesignStudio.Data.Comments;

/// <summary>What happened to a thread.</summary>
public enum CommentChangeKind
{
    /// <summary>A thread started.</summary>
    ThreadStarted,

    /// <summary>A reply was posted.</summary>
    Replied,

    /// <summary>A comment was edited.</summary>
    Edited,

    /// <summary>A comment (or, with its last comment, the thread) was deleted.</summary>
    Deleted,

    /// <summary>The thread was resolved.</summary>
    Resolved,

    /// <summary>The thread was reopened.</summary>
    Reopened,

    /// <summary>Notifications were marked read.</summary>
    NotificationsRead,
}

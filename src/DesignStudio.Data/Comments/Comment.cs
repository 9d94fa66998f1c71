namespace DesignStudio.Data.Comments;

/// <summary>One comment in a thread. The body is plain text (never rendered as markup).</summary>
public sealed class Comment
{
    /// <summary>Sequence id (also the order within a thread).</summary>
    public long Id { get; set; }

    /// <summary>The thread.</summary>
    public Guid ThreadId { get; set; }

    /// <summary>The author (user id).</summary>
    public required string AuthorId { get; set; }

    /// <summary>The author's user name when they wrote it (outlives the account).</summary>
    public required string AuthorName { get; set; }

    /// <summary>The text, at most <see cref="CommentStore.MaxBodyLength"/> characters.</summary>
    public required string Body { get; set; }

    /// <summary>When it was written (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>When its author last edited it (UTC), or null.</summary>
    public DateTime? EditedUtc { get; set; }
}

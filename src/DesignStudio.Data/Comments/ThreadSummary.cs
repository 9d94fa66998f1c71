namespace DesignStudio.Data.Comments;

/// <summary>A thread as listed: its target, state, size and first words.</summary>
public sealed record ThreadSummary(Guid Id, CommentTarget Target, string CreatedBy, DateTime CreatedUtc, string? ResolvedBy, DateTime? ResolvedUtc,
    int CommentCount, string Excerpt, DateTime LastActivityUtc)
{
    /// <summary>Whether the thread is resolved.</summary>
    public bool Resolved => ResolvedUtc is not null;
}

namespace DesignStudio.Data.Comments;

/// <summary>A project member named with <c>@username</c> in a comment.</summary>
public sealed class CommentMention
{
    /// <summary>The comment.</summary>
    public long CommentId { get; set; }

    /// <summary>The member mentioned (user id).</summary>
    public required string UserId { get; set; }
}

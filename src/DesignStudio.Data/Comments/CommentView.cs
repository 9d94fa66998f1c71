namespace DesignStudio.Data.Comments;

/// <summary>A comment as shown: the body is plain text.</summary>
public sealed record CommentView(long Id, string AuthorId, string AuthorName, string Body, DateTime CreatedUtc, DateTime? EditedUtc);

namespace DesignStudio.Data.Comments;

/// <summary>
/// The outcome of posting a comment: the comment, the members it mentioned (user names, notified) and the
/// <c>@names</c> that are not members of the project (not notified: the author is told).
/// </summary>
public sealed record CommentPosted(Guid ThreadId, CommentView Comment, IReadOnlyList<string> Mentioned, IReadOnlyList<string> NotMembers);

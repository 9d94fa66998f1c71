namespace DesignStudio.Data.Reviews;

/// <summary>A comment as shown: author, plain-text body, the object it is about (if any) and when.</summary>
public sealed record ReviewCommentSummary(Guid Id, string AuthorId, string AuthorName, string Body, string? ObjectId, string? ObjectLabel, DateTime CreatedUtc);

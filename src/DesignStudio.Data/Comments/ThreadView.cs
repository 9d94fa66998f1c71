namespace DesignStudio.Data.Comments;

/// <summary>A thread with all its comments, oldest first.</summary>
public sealed record ThreadView(ThreadSummary Summary, IReadOnlyList<CommentView> Comments);

namespace DesignStudio.Data.Comments;

/// <summary>A committed change to a project's comments, and the users whose notifications changed with it.</summary>
public sealed record CommentChange(Guid ProjectId, Guid ThreadId, CommentChangeKind Kind, IReadOnlyList<string> NotifiedUserIds);

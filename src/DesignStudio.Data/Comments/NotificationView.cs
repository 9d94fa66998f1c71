namespace DesignStudio.Data.Comments;

/// <summary>A notification as listed in the bell: where, about what, by whom, and whether it was read.</summary>
public sealed record NotificationView(long Id, Guid ProjectId, string ProjectName, Guid ThreadId, string TargetLabel, NotificationKind Kind,
    string ActorName, string Excerpt, DateTime CreatedUtc, bool Read);

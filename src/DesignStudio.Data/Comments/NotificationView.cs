namespace DesignStudio.Data.Comments;

/// <summary>
/// A notification as listed in the bell: where, about what, by whom, and whether it was read. A comment notification
/// names its thread (<paramref name="ThreadId"/>); a review notification has <see cref="Guid.Empty"/> there and names its
/// review (<paramref name="ReviewNumber"/>).
/// </summary>
public sealed record NotificationView(long Id, Guid ProjectId, string ProjectName, Guid ThreadId, string TargetLabel, NotificationKind Kind,
    string ActorName, string Excerpt, DateTime CreatedUtc, bool Read, int? ReviewNumber = null)
{
    /// <summary>Whether it is about a review rather than a comment thread.</summary>
    public bool IsReview => ReviewNumber is not null;
}

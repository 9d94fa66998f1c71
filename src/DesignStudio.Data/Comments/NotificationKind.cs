namespace DesignStudio.Data.Comments;

/// <summary>Why someone got a notification (stored as text of at most 20 characters).</summary>
public enum NotificationKind
{
    /// <summary>They were mentioned with <c>@username</c>.</summary>
    Mention,

    /// <summary>Someone replied in a thread they took part in.</summary>
    Reply,

    /// <summary>Someone resolved a thread they took part in.</summary>
    Resolved,

    /// <summary>Someone reopened a thread they took part in.</summary>
    Reopened,

    /// <summary>Someone asked them to review a version.</summary>
    ReviewRequested,

    /// <summary>A reviewer approved a review they requested.</summary>
    ReviewApproved,

    /// <summary>A reviewer requested changes in a review they requested.</summary>
    ChangesRequested,
}

namespace DesignStudio.Data.Comments;

/// <summary>Why someone got a notification.</summary>
public enum NotificationKind
{
    /// <summary>They were mentioned with <c>@username</c>.</summary>
    Mention,

    /// <summary>Someone replied in a thread they took part in.</summary>
    Reply,
}

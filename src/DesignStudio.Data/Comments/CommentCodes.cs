namespace DesignStudio.Data.Comments;

/// <summary>Stable codes of the diagnostics the comment store answers with (access refusals use the PS codes).</summary>
public static class CommentCodes
{
    /// <summary>The comment is empty.</summary>
    public const string EmptyBody = "CM001";
    /// <summary>The comment is longer than <see cref="CommentStore.MaxBodyLength"/>.</summary>
    public const string LongBody = "CM002";
    /// <summary>The thread does not exist in this project.</summary>
    public const string MissingThread = "CM003";
    /// <summary>The comment does not exist in this project.</summary>
    public const string MissingComment = "CM004";
    /// <summary>Only the author may edit the comment (or, to delete it, an owner).</summary>
    public const string NotAuthor = "CM005";
    /// <summary>The target is incomplete (a table without its id, a column without its table).</summary>
    public const string BadTarget = "CM006";
    /// <summary>The thread is already resolved, or already open.</summary>
    public const string AlreadyInState = "CM007";
}

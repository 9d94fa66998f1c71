namespace DesignStudio.Data.Comments;

/// <summary>What a comment thread is about.</summary>
public enum CommentTargetKind
{
    /// <summary>The design as a whole.</summary>
    Design,

    /// <summary>One table (by its stable model id).</summary>
    Table,

    /// <summary>One column (by its stable model id, with the id of its table).</summary>
    Column,
}

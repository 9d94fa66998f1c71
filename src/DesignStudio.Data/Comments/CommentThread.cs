namespace DesignStudio.Data.Comments;

/// <summary>
/// A discussion about one object of a project's design (see <see cref="CommentTarget"/>). Open until someone resolves
/// it; it can be reopened. Not tied to the design by a foreign key: a thread on a deleted table stays readable under
/// <see cref="TargetLabel"/>.
/// </summary>
public sealed class CommentThread
{
    /// <summary>The thread's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The project.</summary>
    public Guid ProjectId { get; set; }

    /// <summary>Design, table or column.</summary>
    public CommentTargetKind TargetKind { get; set; }

    /// <summary>The table's stable model id (table and column threads).</summary>
    public string? TableId { get; set; }

    /// <summary>The column's stable model id (column threads).</summary>
    public string? ColumnId { get; set; }

    /// <summary>The object's name when the thread started.</summary>
    public required string TargetLabel { get; set; }

    /// <summary>The committed version the thread refers to, or null for the working design.</summary>
    public int? VersionNumber { get; set; }

    /// <summary>Who started it (user id).</summary>
    public required string CreatedBy { get; set; }

    /// <summary>When it started (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>Who resolved it, while it is resolved.</summary>
    public string? ResolvedBy { get; set; }

    /// <summary>When it was resolved (UTC), while it is resolved.</summary>
    public DateTime? ResolvedUtc { get; set; }

    /// <summary>The last comment, resolution or reopening (UTC): threads list by it.</summary>
    public DateTime LastActivityUtc { get; set; }

    /// <summary>The target as a value.</summary>
    public CommentTarget Target => new(TargetKind, TableId, ColumnId, TargetLabel, VersionNumber);
}

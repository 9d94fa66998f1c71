namespace DesignStudio.Data.Reviews;

/// <summary>A plain-text comment in a review's discussion, optionally about one object of the design.</summary>
public sealed class ReviewComment
{
    /// <summary>Stable id.</summary>
    public Guid Id { get; set; }

    /// <summary>The review.</summary>
    public Guid ReviewId { get; set; }

    /// <summary>Who wrote it (user id).</summary>
    public required string AuthorId { get; set; }

    /// <summary>The text, shown as plain text.</summary>
    public required string Body { get; set; }

    /// <summary>The design object it is about (stable id), if any.</summary>
    public string? ObjectId { get; set; }

    /// <summary>The object's name when the comment was written, e.g. "customer.email".</summary>
    public string? ObjectLabel { get; set; }

    /// <summary>When it was written (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
}

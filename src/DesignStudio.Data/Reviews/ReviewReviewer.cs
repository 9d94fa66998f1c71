namespace DesignStudio.Data.Reviews;

/// <summary>A reviewer assigned to a review and their verdict (a new verdict replaces the previous one).</summary>
public sealed class ReviewReviewer
{
    /// <summary>The review.</summary>
    public Guid ReviewId { get; set; }

    /// <summary>The reviewer (user id).</summary>
    public required string UserId { get; set; }

    /// <summary>Their verdict.</summary>
    public ReviewVerdict Verdict { get; set; }

    /// <summary>When they were assigned, then when they last gave a verdict (UTC).</summary>
    public DateTime AtUtc { get; set; }
}

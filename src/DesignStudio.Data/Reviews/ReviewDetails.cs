namespace DesignStudio.Data.Reviews;

/// <summary>One review with its discussion, oldest comment first.</summary>
public sealed record ReviewDetails(ReviewSummary Summary, IReadOnlyList<ReviewCommentSummary> Comments);

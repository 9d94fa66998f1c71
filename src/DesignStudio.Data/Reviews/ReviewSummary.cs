namespace DesignStudio.Data.Reviews;

/// <summary>A review as listed: number, version and base, who asked and when, state and the reviewers' verdicts.</summary>
public sealed record ReviewSummary(int Number, int VersionNumber, int? BaseVersionNumber, string RequestedBy, string RequestedByName,
    DateTime RequestedUtc, string? Message, ReviewState State, DateTime? ClosedUtc, IReadOnlyList<ReviewerSummary> Reviewers);

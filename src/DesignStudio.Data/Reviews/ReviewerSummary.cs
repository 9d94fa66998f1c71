namespace DesignStudio.Data.Reviews;

/// <summary>A reviewer with their name, verdict and when they gave it (or were assigned).</summary>
public sealed record ReviewerSummary(string UserId, string UserName, ReviewVerdict Verdict, DateTime AtUtc);

namespace DesignStudio.Core.Analysis.IndexAdvisor;

/// <summary>A candidate that is not proposed, and why (already served by an existing index, tiny table, not selective).</summary>
/// <param name="Candidate">The candidate.</param>
/// <param name="Reason">Why it is not proposed.</param>
public sealed record SkippedCandidate(IndexCandidate Candidate, string Reason);

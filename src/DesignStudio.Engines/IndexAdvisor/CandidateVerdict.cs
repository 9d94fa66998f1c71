using DesignStudio.Core.Analysis.IndexAdvisor;

namespace DesignStudio.Engines.IndexAdvisor;

/// <summary>What the planner made of one candidate: recommended (a plan uses it and got cheaper) or not, and why.</summary>
/// <param name="Candidate">The candidate.</param>
/// <param name="Recommended">Whether the planner proved it useful.</param>
/// <param name="Reason">E.g. "used by queries 1, 3; cost 1234.5 → 8.6" or "no benefit: no plan uses it".</param>
public sealed record CandidateVerdict(IndexCandidate Candidate, bool Recommended, string Reason);

using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Analysis.IndexAdvisor;

/// <summary>The static advice for a workload: each query's analysis, the proposed candidates and the skipped ones.</summary>
/// <param name="Queries">One analysis per workload query, in order.</param>
/// <param name="Candidates">Proposed indexes, merged across queries (alternatives share an <see cref="IndexCandidate.AlternativeGroup"/>).</param>
/// <param name="Skipped">Candidates not proposed, with the reason.</param>
/// <param name="Diagnostics">Problems reading the workload.</param>
public sealed record IndexAdvice(
    IReadOnlyList<QueryAnalysis> Queries,
    IReadOnlyList<IndexCandidate> Candidates,
    IReadOnlyList<SkippedCandidate> Skipped,
    IReadOnlyList<Diagnostic> Diagnostics);

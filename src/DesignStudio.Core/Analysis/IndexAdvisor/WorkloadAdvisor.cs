using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.IndexAdvisor;

/// <summary>The static half of the index advisor: analyse every workload query, then generate and merge candidates.</summary>
public static class WorkloadAdvisor
{
    /// <summary>Advice for <paramref name="queries"/> on <paramref name="design"/> in <paramref name="dialect"/>.</summary>
    public static IndexAdvice Advise(Design design, IReadOnlyList<WorkloadQuery> queries, string dialect = DialectNames.PostgreSql)
    {
        var analyses = queries.Select(q => QueryAnalyzer.Analyze(design, q, dialect)).ToArray();
        var (candidates, skipped) = CandidateGenerator.Generate(design, analyses, dialect);
        return new IndexAdvice(analyses, candidates, skipped, analyses.SelectMany(a => a.Diagnostics).ToArray());
    }
}

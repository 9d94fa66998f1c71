using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint;

/// <summary>The outcome of a lint run.</summary>
/// <param name="Findings">Active findings, ordered by table, then code.</param>
/// <param name="Suppressed">Findings silenced by a suppression stored in the design.</param>
/// <param name="UnusedSuppressions">Suppressions that matched no finding (stale, or their rule did not run).</param>
/// <param name="Diagnostics">Problems with the lint input itself, e.g. a suppression without a reason.</param>
public sealed record LintReport(
    IReadOnlyList<LintFinding> Findings,
    IReadOnlyList<SuppressedFinding> Suppressed,
    IReadOnlyList<LintSuppression> UnusedSuppressions,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Number of active findings with the given severity.</summary>
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>Active findings about objects of one table (badges on canvas nodes).</summary>
    public IEnumerable<LintFinding> ForTable(string tableId) => Findings.Where(f => f.TableId == tableId);
}

using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint;

/// <summary>A finding that a suppression in the design silenced, with that suppression (and so its reason).</summary>
/// <param name="Finding">The silenced finding.</param>
/// <param name="Suppression">The suppression that matched it.</param>
public sealed record SuppressedFinding(LintFinding Finding, LintSuppression Suppression);

using DesignStudio.Core.Diagnostics;

namespace DesignStudio.Core.Analysis.Lint;

/// <summary>
/// One lint rule: a small, independent check of a design with a stable code, an explanation and, where it makes
/// sense, quick fixes on its findings.
/// </summary>
public interface ILintRule
{
    /// <summary>Stable code, <c>LN001</c> ... ; never reused for another rule.</summary>
    string Code { get; }

    /// <summary>The usual severity of the rule's findings (a finding may carry a different one, e.g. per dialect).</summary>
    Severity Severity { get; }

    /// <summary>Short title, e.g. "Foreign key without a supporting index".</summary>
    string Title { get; }

    /// <summary>Why it matters.</summary>
    string Rationale { get; }

    /// <summary>How to fix it.</summary>
    string Remedy { get; }

    /// <summary>
    /// The dialects (<see cref="Dialects.DialectNames"/>) the rule applies to, or null when it applies to all.
    /// Dialect-specific rules run only when the lint targets one of their dialects.
    /// </summary>
    IReadOnlyList<string>? Dialects { get; }

    /// <summary>Checks the design and yields the findings.</summary>
    IEnumerable<LintFinding> Check(LintContext context);
}

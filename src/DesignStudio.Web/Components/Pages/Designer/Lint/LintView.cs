using System.Runtime.CompilerServices;
using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Web.Canvas;

namespace DesignStudio.Web.Components.Pages.Designer.Lint;

/// <summary>
/// The lint of a design as the studio shows it (the design's own naming conventions, no target dialect), computed once
/// per design value: designs are immutable, so the report is cached by reference and dropped with the design.
/// </summary>
public static class LintView
{
    private static readonly ConditionalWeakTable<Design, LintReport> Reports = new();
    private static readonly ConditionalWeakTable<Design, LintBadges> BadgeCache = new();

    /// <summary>The lint report of <paramref name="design"/> for <paramref name="dialect"/> (null: portable; not cached).</summary>
    public static LintReport Report(Design design, string? dialect = null) => dialect is null
        ? Reports.GetValue(design, d => Run(d, null))
        : Run(design, dialect);

    /// <summary>Warning-or-worse counts per table for the canvas badges.</summary>
    public static LintBadges Badges(Design design) => BadgeCache.GetValue(design, d => new LintBadges(
        Report(d).Findings.Where(f => f.TableId is not null && f.Severity >= Severity.Warning)
            .GroupBy(f => f.TableId!).ToDictionary(g => g.Key, g => g.Count())));

    private static LintReport Run(Design design, string? dialect) =>
        new LintRunner().Run(design, DesignLintOptions.For(design, new LintOptions { Dialect = dialect }));
}

using DesignStudio.Core.Model;
using DesignStudio.Web.Canvas;
using DesignStudio.Web.Components.Pages.Designer.Lint;

namespace DesignStudio.Web.Services.Reviews;

/// <summary>
/// The lint findings and normal forms of a reviewed version, compared with its base: a finding is new when the base had
/// no finding with the same code on the same object (stable id, so renames do not make findings look new); a table's
/// form is flagged when the table is new or reaches a lower form than before.
/// </summary>
public sealed record ReviewFindings(IReadOnlyList<ReviewLintItem> Lint, int ResolvedLint, IReadOnlyList<ReviewTableForm> Forms)
{
    /// <summary>How many lint findings are new.</summary>
    public int NewLint => Lint.Count(l => l.IsNew);

    /// <summary>Compares the analysis of <paramref name="reviewed"/> with that of <paramref name="baseDesign"/>.</summary>
    public static ReviewFindings Build(Design baseDesign, Design reviewed)
    {
        ArgumentNullException.ThrowIfNull(baseDesign);
        ArgumentNullException.ThrowIfNull(reviewed);
        var before = LintView.Report(baseDesign).Findings.Select(Key).ToHashSet(StringComparer.Ordinal);
        var now = LintView.Report(reviewed).Findings;
        var nowKeys = now.Select(Key).ToHashSet(StringComparer.Ordinal);
        var lint = now.Select(f => new ReviewLintItem(f, !before.Contains(Key(f))))
            .OrderByDescending(l => l.IsNew).ThenByDescending(l => l.Finding.Severity).ThenBy(l => l.Finding.Path, StringComparer.Ordinal).ToList();
        var forms = reviewed.Tables.Select(t => new ReviewTableForm(t.Id, t.Name, NormalFormCache.Of(t).Form,
            baseDesign.FindTable(t.Id) is { } old ? NormalFormCache.Of(old).Form : null)).ToList();
        return new ReviewFindings(lint, before.Count(k => !nowKeys.Contains(k)), forms);
    }

    private static string Key(Core.Analysis.Lint.LintFinding f) => f.Code + "|" + f.ObjectId;
}

using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Severity = DesignStudio.Core.Diagnostics.Severity;

namespace DesignStudio.Web.Components.Pages.Designer.Lint;

/// <summary>
/// The lint panel: findings grouped by severity with filters, each with its rule's why and how, a quick fix applied as
/// an undoable operation, and suppression with a reason stored in the design; suppressed findings on demand.
/// </summary>
public partial class LintPanel
{
    private const string All = "all";
    private string? dialect;
    private string severity = All;
    private string rule = All;
    private string table = All;
    private string? text;
    private bool showSuppressed;
    private bool showConventions;
    private Design? reportDesign;
    private string? reportDialect;
    private LintReport? report;

    /// <summary>The design to lint.</summary>
    [Parameter, EditorRequired] public Design Design { get; set; } = null!;

    /// <summary>Applies an edit through the page's edit session; true when it applied.</summary>
    [Parameter] public Func<DesignOperation, Task<bool>>? OnOperation { get; set; }

    /// <summary>Whether editing is blocked.</summary>
    [Parameter] public bool Disabled { get; set; }

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The current report (cached per design and target engine).</summary>
    internal LintReport Report
    {
        get
        {
            if (report is null || !ReferenceEquals(reportDesign, Design) || reportDialect != dialect)
            {
                report = LintView.Report(Design, dialect);
                reportDesign = Design;
                reportDialect = dialect;
            }
            return report;
        }
    }

    private string Summary =>
        $"{Report.Count(Severity.Error)} errors, {Report.Count(Severity.Warning)} warnings, {Report.Count(Severity.Info)} info, {Report.Suppressed.Count} suppressed";

    private IEnumerable<ILintRule> RulesPresent =>
        Report.Findings.Select(f => f.Code).Concat(Report.Suppressed.Select(s => s.Finding.Code)).Distinct()
            .Order(StringComparer.Ordinal).Select(LintRules.Find).OfType<ILintRule>();

    private IEnumerable<(string Label, IReadOnlyList<LintFinding> Findings)> Groups =>
        new[] { (Severity.Error, "Errors"), (Severity.Warning, "Warnings"), (Severity.Info, "Info") }
            .Select(g => (g.Item2, (IReadOnlyList<LintFinding>)Report.Findings.Where(f => f.Severity == g.Item1 && Matches(f)).ToList()))
            .Where(g => g.Item2.Count > 0);

    private IReadOnlyList<SuppressedFinding> SuppressedShown => Report.Suppressed.Where(s => Matches(s.Finding)).ToList();

    private bool Matches(LintFinding f) =>
        (severity == All || f.Severity.ToString() == severity)
        && (rule == All || f.Code == rule)
        && (table == All || f.TableId == table)
        && (string.IsNullOrWhiteSpace(text) || f.Message.Contains(text, StringComparison.OrdinalIgnoreCase)
            || f.Path.Contains(text, StringComparison.OrdinalIgnoreCase) || f.Code.Contains(text, StringComparison.OrdinalIgnoreCase));

    private static string Key(LintFinding f) => f.Code + "|" + f.ObjectId + "|" + f.Path;

    private static string? NullIfEmpty(object? value) => value?.ToString() is { Length: > 0 } s ? s : null;

    private async Task<bool> ApplyAsync(DesignOperation operation) => OnOperation is not null && await OnOperation(operation);

    private async Task QuickFixAsync(LintFinding finding)
    {
        if (finding.QuickFix is not { } fix) return;
        if (LintQuickFixOperation.For(Design, fix) is not { } operation)
        {
            Snackbar.Add("This quick fix no longer changes anything.", MudBlazor.Severity.Info);
            return;
        }
        if (await ApplyAsync(operation)) Snackbar.Add("Applied: " + fix.Title, MudBlazor.Severity.Success);
    }

    private async Task SuppressAsync((LintFinding Finding, string Reason) request) =>
        await ApplyAsync(new AddLintSuppression(new LintSuppression { Code = request.Finding.Code, ObjectId = request.Finding.ObjectId, Reason = request.Reason }));

    private async Task UnsuppressAsync(LintSuppression suppression) =>
        await ApplyAsync(new RemoveLintSuppression(suppression.Code, suppression.ObjectId));

    private async Task SaveConventionsAsync(NamingConventions? conventions)
    {
        if (conventions != Design.NamingConventions) await ApplyAsync(new SetNamingConventions(conventions));
    }
}

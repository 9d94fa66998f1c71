using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint;

/// <summary>
/// Runs lint rules over a design: picks the rules that apply (enabled, matching the target dialect), collects their
/// findings, drops those below the minimum severity and sets aside those the design suppresses.
/// </summary>
public sealed class LintRunner
{
    /// <summary>Code of the diagnostic for a suppression without a reason.</summary>
    public const string SuppressionWithoutReasonCode = "LN000";

    /// <summary>Creates a runner over the given rules.</summary>
    public LintRunner(IEnumerable<ILintRule> rules) => Rules = rules.ToArray();

    /// <summary>A runner over every built-in rule.</summary>
    public LintRunner() : this(LintRules.All) { }

    /// <summary>The rules this runner knows.</summary>
    public IReadOnlyList<ILintRule> Rules { get; }

    /// <summary>The rules that run under <paramref name="options"/>.</summary>
    public IEnumerable<ILintRule> ApplicableRules(LintOptions options)
    {
        var disabled = new HashSet<string>(options.DisabledRules, StringComparer.OrdinalIgnoreCase);
        return Rules.Where(r => !disabled.Contains(r.Code)
            && (r.Dialects is null || (options.Dialect is { } d && r.Dialects.Contains(d, StringComparer.OrdinalIgnoreCase))));
    }

    /// <summary>Lints <paramref name="design"/>.</summary>
    public LintReport Run(Design design, LintOptions? options = null)
    {
        options ??= LintOptions.Default;
        var context = new LintContext(design, options);
        var diagnostics = new List<Diagnostic>();
        var suppressions = new List<LintSuppression>();
        var byTarget = new Dictionary<(string Code, string ObjectId), LintSuppression>();
        foreach (var s in design.LintSuppressions)
        {
            if (string.IsNullOrWhiteSpace(s.Reason))
            {
                diagnostics.Add(new Diagnostic(SuppressionWithoutReasonCode, Severity.Warning, "lint-suppressions/" + s.Code + "/" + s.ObjectId,
                    $"The suppression of {s.Code} for object {s.ObjectId} has no reason, so it is not honoured; say why the finding does not apply."));
            }
            else
            {
                suppressions.Add(s);
                byTarget.TryAdd((s.Code.ToUpperInvariant(), s.ObjectId), s);
            }
        }

        var findings = new List<LintFinding>();
        var suppressed = new List<SuppressedFinding>();
        var used = new HashSet<LintSuppression>(ReferenceEqualityComparer.Instance);
        foreach (var rule in ApplicableRules(options))
        {
            foreach (var f in rule.Check(context))
            {
                var match = byTarget.Count == 0 ? null : Find(byTarget, f);
                if (match is not null) used.Add(match); // used even when the severity filter hides the finding
                if (f.Severity < options.MinimumSeverity) continue;
                if (match is null) findings.Add(f);
                else suppressed.Add(new SuppressedFinding(f, match));
            }
        }

        var tableOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < design.Tables.Count; i++) tableOrder.TryAdd(design.Tables[i].Id, i);
        var ordered = findings
            .OrderBy(f => f.TableId is { } t && tableOrder.TryGetValue(t, out var i) ? i : -1)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ToArray();
        var unused = suppressions.Where(s => !used.Contains(s)).ToArray();
        return new LintReport(ordered, suppressed, unused, diagnostics);
    }

    /// <summary>The suppression for the finding's object, or else for its table.</summary>
    private static LintSuppression? Find(Dictionary<(string Code, string ObjectId), LintSuppression> byTarget, LintFinding f)
    {
        var code = f.Code.ToUpperInvariant();
        if (byTarget.TryGetValue((code, f.ObjectId), out var s)) return s;
        return f.TableId is not null && byTarget.TryGetValue((code, f.TableId), out s) ? s : null;
    }
}

using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Migrations;

namespace DesignStudio.Core.Analysis.MigrationSafety;

/// <summary>
/// One migration safety check: a stable code (MG…), a title, why it matters and the fix. Checks read planned steps
/// (the change and the SQL written for it), so a step the safe script already handles is not reported.
/// </summary>
public abstract class MigrationSafetyCheck
{
    /// <summary>Stable diagnostic code.</summary>
    public abstract string Code { get; }

    /// <summary>Short title.</summary>
    public abstract string Title { get; }

    /// <summary>Why the pattern is risky on a live database.</summary>
    public abstract string Explanation { get; }

    /// <summary>The safer way.</summary>
    public abstract string Fix { get; }

    /// <summary>Dialects the check applies to (null: all).</summary>
    public virtual IReadOnlyList<string>? Dialects => null;

    /// <summary>Findings for one step; the context gives the plan, the old design and the options.</summary>
    public abstract IEnumerable<string> Inspect(MigrationStep step, MigrationSafetyContext context);

    /// <summary>Runs the check over a plan.</summary>
    public IEnumerable<Diagnostic> Check(MigrationSafetyContext context)
    {
        if (Dialects is { } only && !only.Contains(context.Plan.Dialect)) yield break;
        foreach (var step in context.Plan.Steps)
        {
            foreach (var finding in Inspect(step, context))
            {
                yield return new Diagnostic(Code, Severity.Warning, MigrationSafetyContext.PathOf(step), $"{Title}: {finding} {Fix}");
            }
        }
    }
}

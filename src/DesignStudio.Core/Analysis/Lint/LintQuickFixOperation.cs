using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Analysis.Lint;

/// <summary>Turns a quick fix into an operation, so an editor applies it (and undoes it) like any other edit.</summary>
public static class LintQuickFixOperation
{
    /// <summary>
    /// The fix applied to <paramref name="design"/> as one composite operation of <see cref="ReplaceTable"/> steps, one
    /// per table it changes, labelled with its title; null when it changes nothing (stale) or adds or removes tables.
    /// </summary>
    public static DesignOperation? For(Design design, LintQuickFix fix)
    {
        var repaired = fix.Apply(design);
        if (repaired.Tables.Count != design.Tables.Count) return null;
        var steps = new List<DesignOperation>();
        for (var i = 0; i < design.Tables.Count; i++)
        {
            if (repaired.Tables[i].Id != design.Tables[i].Id) return null;
            if (repaired.Tables[i] != design.Tables[i]) steps.Add(new ReplaceTable(repaired.Tables[i]));
        }
        return steps.Count == 0 ? null : new CompositeOperation(steps.ToValueList(), fix.Title);
    }
}

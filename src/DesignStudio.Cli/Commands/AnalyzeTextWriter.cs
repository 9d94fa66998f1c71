using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Core.Analysis.NormalForms.Tables;
using DesignStudio.Core.Model;

namespace DesignStudio.Cli.Commands;

/// <summary>The human-readable form of <c>analyze</c>: one block per table, then the count per normal form.</summary>
internal static class AnalyzeTextWriter
{
    public static void Write(TextWriter o, Design design, NormalizationReport report)
    {
        foreach (var t in report.Tables)
        {
            var table = design.GetTable(t.TableId);
            var r = t.Analysis.Relation;
            var keys = NfOutput.SortedSets(r, t.Analysis.Keys.Keys).Select(k => "{" + string.Join(", ", k) + "}");
            o.WriteLine($"{table.QualifiedName}: {t.NormalForm.ToLabel()}   keys {string.Join(" ", keys)}{(t.Analysis.Keys.Complete ? "" : " (incomplete)")}");
            foreach (var f in t.FirstNormalFormFindings) o.WriteLine($"  [{f.Code}] {f.Message} {f.Fix}");
            foreach (var v in t.Analysis.Violations) o.WriteLine($"  [{v.Breaks.ToLabel()}] {v.Reason}");
            foreach (var h in t.Hints) o.WriteLine($"  [hint] {h.Message}");
            if (t.ThirdNormalFormProposal is { } third)
            {
                var parts = NfOutput.SortedParts(r, third).Select(p => "(" + string.Join(", ", r.SortedNames(p.Attributes)) + ")");
                o.WriteLine($"  3NF proposal: {string.Join(" ", parts)}");
            }
            foreach (var d in t.Diagnostics) o.WriteLine($"  {d}");
        }
        o.WriteLine(string.Join(", ", report.CountByForm.OrderByDescending(p => p.Key).Where(p => p.Value > 0).Select(p => $"{p.Value} {p.Key.ToLabel()}"))
            + $" ({report.Tables.Count} tables)");
    }
}

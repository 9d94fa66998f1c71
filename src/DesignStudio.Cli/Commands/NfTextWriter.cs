using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Core.Analysis.NormalForms.Decompositions;

namespace DesignStudio.Cli.Commands;

/// <summary>The human-readable form of <c>nf</c>: the same facts as the JSON, as short labelled lines.</summary>
internal static class NfTextWriter
{
    public static void Write(TextWriter o, RelationAnalysis a, Decomposition third, Decomposition bcnf)
    {
        var r = a.Relation;
        o.WriteLine($"Relation {r.Name}({string.Join(", ", r.Attributes)})");
        var keys = NfOutput.SortedSets(r, a.Keys.Keys).Select(k => "{" + string.Join(", ", k) + "}");
        o.WriteLine($"Candidate keys: {string.Join("  ", keys)}{(a.Keys.Complete ? "" : "  (incomplete: " + a.Keys.StopReason + ")")}");
        o.WriteLine($"Prime attributes: {Join(r.SortedNames(a.PrimeAttributes))}");
        o.WriteLine($"Normal form: {a.NormalForm.ToLabel()}");
        if (a.Violations.Count > 0)
        {
            o.WriteLine("Violations:");
            foreach (var v in a.Violations) o.WriteLine($"  [{v.Breaks.ToLabel()}] {v.Reason}");
        }
        o.WriteLine($"Canonical cover: {string.Join("; ", NfOutput.SortedDependencies(r, a.CanonicalCover).Select(Arrow))}");
        WriteDecomposition(o, "3NF synthesis", r, third);
        WriteDecomposition(o, "BCNF decomposition", r, bcnf);
        foreach (var note in a.Notes.Concat(third.Notes).Concat(bcnf.Notes)) o.WriteLine($"Note: {note}");
    }

    private static void WriteDecomposition(TextWriter o, string title, RelationSchema r, Decomposition d)
    {
        var lost = NfOutput.SortedDependencies(r, d.NotPreserved).Select(Arrow).ToList();
        o.WriteLine($"{title} ({(d.Lossless ? "lossless" : "LOSSY")}, "
            + $"{(lost.Count == 0 ? "dependency-preserving" : "does not preserve " + string.Join("; ", lost))}):");
        var i = 1;
        foreach (var part in NfOutput.SortedParts(r, d))
            o.WriteLine($"  {r.Name}{i++}({Join(r.SortedNames(part.Attributes))})  key {{{Join(r.SortedNames(part.Key))}}}");
    }

    private static string Join(IEnumerable<string> names)
    {
        var s = string.Join(", ", names);
        return s.Length == 0 ? "(none)" : s;
    }

    private static string Arrow(string fd) => fd.Replace("->", " → ").Replace(",", ", ");
}

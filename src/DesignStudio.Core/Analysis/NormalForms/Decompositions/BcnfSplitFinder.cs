namespace DesignStudio.Core.Analysis.NormalForms.Decompositions;

/// <summary>
/// Finds a lossless two-way split of a subschema S that is not in BCNF under the projected dependencies. Deciding
/// BCNF for a subschema is coNP-complete (Beeri and Bernstein), so the search goes from cheap to expensive:
/// (1) cover dependencies X → A with X ⊆ S; (2) pairs A, B with A ∈ (S − AB)⁺ and B ∉ (S − AB)⁺ — when no pair has
/// A ∈ (S − AB)⁺ at all, S is certainly in BCNF; (3) subsets of S by size, within a budget; (4) past the budget,
/// the Tsou–Fischer shrinking step, which always yields a lossless split but may split more than needed.
/// </summary>
internal sealed class BcnfSplitFinder(ClosureCalculator closure, IReadOnlyList<Dependency> cover, int subsetBudget)
{
    /// <summary>Whether the fallback (4) was used at least once.</summary>
    public bool UsedFallback { get; private set; }

    public (AttributeSet First, AttributeSet Second)? Find(AttributeSet s)
    {
        foreach (var d in cover)
        {
            if (d.Determinant.IsSubsetOf(s) && SplitOn(s, d.Determinant) is { } split) return split;
        }

        var members = s.ToArray();
        var anyPair = false;
        foreach (var a in members)
        {
            foreach (var b in members)
            {
                if (a == b) continue;
                var y = s.Without(a).Without(b);
                var c = closure.Closure(y);
                if (!c.Contains(a)) continue;
                anyPair = true;
                if (!c.Contains(b)) return Split(s, y, c);
            }
        }
        if (!anyPair) return null;

        var used = 0;
        var superkeys = new List<AttributeSet>();
        foreach (var x in SubsetEnumerator.BySize(s, s.Count - 1))
        {
            if (superkeys.Any(k => k.IsSubsetOf(x))) continue;
            if (++used > subsetBudget) return ShrinkingSplit(s);
            var c = closure.Closure(x);
            if (s.IsSubsetOf(c)) superkeys.Add(x);
            else if (!c.Intersect(s).Except(x).IsEmpty) return Split(s, x, c);
        }
        return null;
    }

    private (AttributeSet, AttributeSet)? SplitOn(AttributeSet s, AttributeSet x)
    {
        var c = closure.Closure(x);
        if (s.IsSubsetOf(c) || c.Intersect(s).Except(x).IsEmpty) return null;
        return Split(s, x, c);
    }

    // X → (X⁺ ∩ S) with X not a superkey of S: S1 = X⁺ ∩ S, S2 = X ∪ (S − X⁺); S1 ∩ S2 = X determines S1.
    private static (AttributeSet, AttributeSet) Split(AttributeSet s, AttributeSet x, AttributeSet xClosure) =>
        (xClosure.Intersect(s), x.Union(s.Except(xClosure)));

    private (AttributeSet, AttributeSet)? ShrinkingSplit(AttributeSet s)
    {
        UsedFallback = true;
        var z = s;
        var last = -1;
        bool shrunk;
        do
        {
            shrunk = false;
            foreach (var a in z.Members())
            {
                foreach (var b in z.Members())
                {
                    if (a == b || !closure.Closure(z.Without(a).Without(b)).Contains(a)) continue;
                    z = z.Without(b);
                    last = a;
                    shrunk = true;
                    break;
                }
                if (shrunk) break;
            }
        }
        while (shrunk);
        // (Z − A) → A where A is the last pair's first attribute, and Z ∩ (S − A) = Z − A.
        return last < 0 ? null : (z, s.Without(last));
    }
}

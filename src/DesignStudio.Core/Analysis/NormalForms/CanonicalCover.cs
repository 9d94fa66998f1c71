namespace DesignStudio.Core.Analysis.NormalForms;

/// <summary>
/// Minimal and canonical covers: equivalent dependency sets with no extraneous left-hand attribute and no redundant
/// dependency. Quadratic in the number of dependencies (one linear closure per test).
/// </summary>
public static class CanonicalCover
{
    /// <summary>
    /// A minimal cover: right-hand sides are single attributes, left-hand sides are reduced (no attribute can be
    /// dropped) and no dependency follows from the others. Order follows the input.
    /// </summary>
    public static IReadOnlyList<Dependency> Minimal(int attributeCount, IReadOnlyList<Dependency> dependencies)
    {
        var split = new List<Dependency>();
        var seen = new HashSet<Dependency>();
        foreach (var d in dependencies)
        {
            foreach (var s in d.SplitRight())
            {
                if (seen.Add(s)) split.Add(s);
            }
        }

        // Left reduction against the full set: B is extraneous in X → A when A ∈ (X − B)⁺.
        var full = new ClosureCalculator(attributeCount, split);
        var reduced = new List<Dependency>();
        seen.Clear();
        foreach (var d in split)
        {
            var lhs = d.Determinant;
            foreach (var b in d.Determinant.Members())
            {
                var smaller = lhs.Without(b);
                if (d.Dependent.IsSubsetOf(full.Closure(smaller))) lhs = smaller;
            }
            var r = new Dependency(lhs, d.Dependent);
            if (seen.Add(r)) reduced.Add(r);
        }

        // Drop dependencies implied by the rest.
        for (var i = reduced.Count - 1; i >= 0; i--)
        {
            var rest = new List<Dependency>(reduced);
            rest.RemoveAt(i);
            if (new ClosureCalculator(attributeCount, rest).Implies(reduced[i])) reduced.RemoveAt(i);
        }
        return reduced;
    }

    /// <summary>A canonical cover: a minimal cover with dependencies sharing a left-hand side merged (X → A, X → B becomes X → AB).</summary>
    public static IReadOnlyList<Dependency> Canonical(int attributeCount, IReadOnlyList<Dependency> dependencies) =>
        MergeByDeterminant(Minimal(attributeCount, dependencies));

    /// <summary>Merges dependencies with equal left-hand sides, keeping first-appearance order.</summary>
    public static IReadOnlyList<Dependency> MergeByDeterminant(IEnumerable<Dependency> dependencies)
    {
        var order = new List<AttributeSet>();
        var merged = new Dictionary<AttributeSet, AttributeSet>();
        foreach (var d in dependencies)
        {
            if (merged.TryGetValue(d.Determinant, out var rhs)) merged[d.Determinant] = rhs.Union(d.Dependent);
            else
            {
                merged[d.Determinant] = d.Dependent;
                order.Add(d.Determinant);
            }
        }
        return order.Select(x => new Dependency(x, merged[x])).ToList();
    }
}

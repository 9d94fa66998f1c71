namespace DesignStudio.Core.Analysis.NormalForms.Decompositions;

/// <summary>
/// 3NF synthesis (Bernstein, 1976; Biskup, Dayal and Bernstein, 1979): one relation per left-hand side of a minimal
/// cover, plus a relation holding a candidate key when none does, minus relations contained in others. The result is
/// always in 3NF, lossless and dependency-preserving; polynomial time.
/// </summary>
public static class ThirdNormalFormSynthesizer
{
    /// <summary>Synthesises a 3NF decomposition of <paramref name="relation"/>.</summary>
    public static Decomposition Synthesize(RelationSchema relation)
    {
        var n = relation.Count;
        var minimal = CanonicalCover.Minimal(n, relation.Dependencies);
        var closure = new ClosureCalculator(n, minimal);
        var all = relation.AllAttributes;

        var parts = new List<DecomposedRelation>();
        foreach (var group in CanonicalCover.MergeByDeterminant(minimal))
        {
            var inside = minimal.Where(d => d.Determinant == group.Determinant).ToList();
            parts.Add(new DecomposedRelation(group.Determinant.Union(group.Dependent), group.Determinant, inside));
        }
        if (!parts.Any(p => all.IsSubsetOf(closure.Closure(p.Attributes))))
        {
            var key = CandidateKeyFinder.OneKeyWithin(closure, all, all);
            parts.Add(new DecomposedRelation(key, key, []));
        }

        // Drop parts contained in another (the larger part keeps the dependencies of both).
        var kept = new List<DecomposedRelation>();
        for (var i = 0; i < parts.Count; i++)
        {
            var p = parts[i];
            var container = -1;
            for (var j = 0; j < parts.Count && container < 0; j++)
            {
                if (i == j) continue;
                var q = parts[j].Attributes;
                if (p.Attributes.IsProperSubsetOf(q) || (p.Attributes == q && j < i)) container = j;
            }
            if (container < 0) kept.Add(p);
        }
        var merged = kept.Select(p => p with
        {
            Dependencies = minimal.Where(d => d.Determinant.Union(d.Dependent).IsSubsetOf(p.Attributes)).ToList(),
        }).ToList();

        var sets = merged.Select(p => p.Attributes).ToList();
        return new Decomposition
        {
            Target = NormalForm.Third,
            Parts = merged,
            Lossless = ChaseTest.IsLossless(n, minimal, sets),
            NotPreserved = DependencyPreservation.NotPreserved(n, minimal, sets),
        };
    }
}

namespace DesignStudio.Core.Analysis.NormalForms.Decompositions;

/// <summary>
/// The projection π_S(F) of the dependencies onto a subschema S: every X → (X⁺ ∩ S) for X ⊆ S. This is
/// exponential in |S| in the worst case (and the projection itself can be exponentially large), so it enumerates
/// subsets by increasing size, skips supersets of keys of S and stops after <c>maxClosures</c> closures, reporting
/// whether it finished. The decomposition algorithms avoid it: they use <see cref="DependencyPreservation"/> and
/// targeted BCNF tests instead.
/// </summary>
public static class DependencyProjection
{
    /// <summary>Projects the dependencies behind <paramref name="closure"/> onto <paramref name="subschema"/>.</summary>
    /// <returns>A minimal cover of the projection (of the part found, when <c>Complete</c> is false).</returns>
    public static (IReadOnlyList<Dependency> Dependencies, bool Complete) Project(ClosureCalculator closure, AttributeSet subschema, int maxClosures = 100_000)
    {
        var found = new List<Dependency>();
        var superkeys = new List<AttributeSet>();
        var used = 0;
        foreach (var x in SubsetEnumerator.BySize(subschema, subschema.Count - 1))
        {
            if (superkeys.Any(k => k.IsSubsetOf(x))) continue;
            if (++used > maxClosures) return (CanonicalCover.Minimal(closure.AttributeCount, found), false);
            var reach = closure.Closure(x).Intersect(subschema);
            if (subschema.IsSubsetOf(reach)) superkeys.Add(x);
            var gained = reach.Except(x);
            if (!gained.IsEmpty) found.Add(new Dependency(x, gained));
        }
        return (CanonicalCover.Minimal(closure.AttributeCount, found), true);
    }
}

namespace DesignStudio.Core.Analysis.NormalForms.Decompositions;

/// <summary>
/// Which dependencies a decomposition preserves, tested without projecting (Ullman's polynomial algorithm): grow
/// Z from X by Z ∪= ((Z ∩ Rᵢ)⁺ ∩ Rᵢ) over the parts; X → Y is preserved exactly when Y ⊆ Z at the fixpoint.
/// </summary>
public static class DependencyPreservation
{
    /// <summary>The members of <paramref name="dependencies"/> (split to single right-hand attributes) that the parts do not preserve.</summary>
    public static IReadOnlyList<Dependency> NotPreserved(int attributeCount, IReadOnlyList<Dependency> dependencies, IReadOnlyList<AttributeSet> parts)
    {
        var closure = new ClosureCalculator(attributeCount, dependencies);
        var lost = new List<Dependency>();
        foreach (var d in dependencies.SelectMany(x => x.SplitRight()))
        {
            if (!IsPreserved(closure, d, parts)) lost.Add(d);
        }
        return CanonicalCover.MergeByDeterminant(lost);
    }

    /// <summary>Whether <paramref name="dependency"/> follows from the dependencies that hold inside single parts.</summary>
    public static bool IsPreserved(ClosureCalculator closure, Dependency dependency, IReadOnlyList<AttributeSet> parts)
    {
        var z = dependency.Determinant;
        bool grew;
        do
        {
            grew = false;
            foreach (var part in parts)
            {
                var more = closure.Closure(z.Intersect(part)).Intersect(part);
                if (more.IsSubsetOf(z)) continue;
                z = z.Union(more);
                grew = true;
            }
        }
        while (grew && !dependency.Dependent.IsSubsetOf(z));
        return dependency.Dependent.IsSubsetOf(z);
    }
}

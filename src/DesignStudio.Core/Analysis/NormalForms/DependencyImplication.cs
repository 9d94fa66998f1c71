namespace DesignStudio.Core.Analysis.NormalForms;

/// <summary>Implication and equivalence of dependency sets (Armstrong's axioms, decided through closures).</summary>
public static class DependencyImplication
{
    /// <summary>Whether <paramref name="dependencies"/> imply <paramref name="dependency"/>.</summary>
    public static bool Implies(int attributeCount, IReadOnlyList<Dependency> dependencies, Dependency dependency) =>
        new ClosureCalculator(attributeCount, dependencies).Implies(dependency);

    /// <summary>Whether <paramref name="dependencies"/> imply every member of <paramref name="others"/>.</summary>
    public static bool ImpliesAll(int attributeCount, IReadOnlyList<Dependency> dependencies, IEnumerable<Dependency> others)
    {
        var closure = new ClosureCalculator(attributeCount, dependencies);
        return others.All(closure.Implies);
    }

    /// <summary>Whether the two sets have the same closure F⁺ = G⁺ (each implies the other).</summary>
    public static bool Equivalent(int attributeCount, IReadOnlyList<Dependency> first, IReadOnlyList<Dependency> second) =>
        ImpliesAll(attributeCount, first, second) && ImpliesAll(attributeCount, second, first);
}

namespace DesignStudio.Core.Analysis.NormalForms;

/// <summary>
/// A functional dependency X → Y over attribute positions of one relation: rows that agree on X agree on Y.
/// (The model's declared dependency, by column id, is <see cref="Model.FunctionalDependency"/>.)
/// </summary>
/// <param name="Determinant">X, the left-hand side.</param>
/// <param name="Dependent">Y, the right-hand side.</param>
public readonly record struct Dependency(AttributeSet Determinant, AttributeSet Dependent)
{
    /// <summary>Whether Y ⊆ X (holds in every relation, says nothing).</summary>
    public bool IsTrivial => Dependent.IsSubsetOf(Determinant);

    /// <summary>The dependency with singleton right-hand sides, one per attribute of Y not in X.</summary>
    public IEnumerable<Dependency> SplitRight()
    {
        var determinant = Determinant;
        foreach (var a in Dependent.Except(Determinant).Members()) yield return new Dependency(determinant, AttributeSet.Of(a));
    }
}

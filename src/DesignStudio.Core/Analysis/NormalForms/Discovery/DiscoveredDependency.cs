namespace DesignStudio.Core.Analysis.NormalForms.Discovery;

/// <summary>A minimal dependency X → A found in sample data.</summary>
/// <param name="Determinant">X, by column position.</param>
/// <param name="Dependent">A, by column position.</param>
/// <param name="Error">g3 error: the fraction of rows that would have to go for X → A to hold exactly (0 for exact).</param>
/// <param name="ViolatingRows">The same as a row count.</param>
public sealed record DiscoveredDependency(AttributeSet Determinant, int Dependent, double Error, int ViolatingRows)
{
    /// <summary>As a <see cref="Dependency"/>.</summary>
    public Dependency ToDependency() => new(Determinant, AttributeSet.Of(Dependent));
}

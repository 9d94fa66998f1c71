namespace DesignStudio.Core.Analysis.NormalForms.Decompositions;

/// <summary>One relation of a decomposition: a subset of the original attributes with one of its keys.</summary>
/// <param name="Attributes">Attributes of the part.</param>
/// <param name="Key">A candidate key of the part (the determinant it was built from, or a key found by shrinking).</param>
/// <param name="Dependencies">Dependencies of the original cover that lie inside the part (used to draw and explain it).</param>
public sealed record DecomposedRelation(AttributeSet Attributes, AttributeSet Key, IReadOnlyList<Dependency> Dependencies);

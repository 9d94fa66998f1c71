namespace DesignStudio.Core.Analysis.NormalForms.Decompositions;

/// <summary>A proposed decomposition of a relation, with its checked properties.</summary>
public sealed record Decomposition
{
    /// <summary>The normal form the parts are meant to meet (<see cref="NormalForm.Third"/> or <see cref="NormalForm.BoyceCodd"/>).</summary>
    public required NormalForm Target { get; init; }

    /// <summary>The parts.</summary>
    public required IReadOnlyList<DecomposedRelation> Parts { get; init; }

    /// <summary>Whether the natural join of the parts gives back exactly the original relation (by the chase test).</summary>
    public required bool Lossless { get; init; }

    /// <summary>Dependencies of the minimal cover that no longer follow from the dependencies inside the parts.</summary>
    public required IReadOnlyList<Dependency> NotPreserved { get; init; }

    /// <summary>Whether every original dependency can still be enforced inside single parts.</summary>
    public bool DependencyPreserving => NotPreserved.Count == 0;

    /// <summary>Caveats, e.g. that a BCNF check hit its budget and a part was split more than strictly needed.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

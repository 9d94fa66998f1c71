namespace DesignStudio.Core.Model;

/// <summary>A declared functional dependency X → Y between columns of one table (by column id).</summary>
public sealed record FunctionalDependency
{
    /// <summary>Stable id.</summary>
    public required string Id { get; init; }

    /// <summary>Determinant columns (X).</summary>
    public required ValueList<string> DeterminantIds { get; init; }

    /// <summary>Dependent columns (Y).</summary>
    public required ValueList<string> DependentIds { get; init; }

    /// <summary>Where the dependency came from.</summary>
    public DependencySource Source { get; init; } = DependencySource.Declared;
}

/// <summary>Origins of a functional dependency.</summary>
public enum DependencySource
{
    /// <summary>Typed in by a user.</summary>
    Declared,
    /// <summary>Accepted from a naming hint.</summary>
    Hint,
    /// <summary>Discovered from sample data and accepted.</summary>
    Discovered,
}

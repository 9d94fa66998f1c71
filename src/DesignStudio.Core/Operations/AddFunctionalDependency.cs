using DesignStudio.Core.Model;

namespace DesignStudio.Core.Operations;

/// <summary>Declares a functional dependency between columns of a table.</summary>
/// <param name="TableId">The table.</param>
/// <param name="Dependency">The dependency; its columns must exist.</param>
/// <param name="At">Position in <see cref="Table.FunctionalDependencies"/>; null appends.</param>
public sealed record AddFunctionalDependency(string TableId, FunctionalDependency Dependency, int? At = null) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design) =>
        TableParts.Dependencies.Add(design, TableId, Dependency, At,
            (t, path) => DesignEdit.CheckColumns(t, Dependency.DeterminantIds, path) ?? DesignEdit.CheckColumns(t, Dependency.DependentIds, path),
            new RemoveFunctionalDependency(TableId, Dependency.Id));
}

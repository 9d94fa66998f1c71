using DesignStudio.Core.Model;

namespace DesignStudio.Core.Operations;

/// <summary>Removes a declared functional dependency.</summary>
/// <param name="TableId">The table.</param>
/// <param name="DependencyId">The dependency.</param>
public sealed record RemoveFunctionalDependency(string TableId, string DependencyId) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design) =>
        TableParts.Dependencies.Remove(design, TableId, DependencyId, (item, at) => new AddFunctionalDependency(TableId, item, at));
}

using DesignStudio.Core.Model;

namespace DesignStudio.Core.Operations;

/// <summary>Removes a check constraint.</summary>
/// <param name="TableId">The table.</param>
/// <param name="ConstraintId">The constraint.</param>
public sealed record RemoveCheckConstraint(string TableId, string ConstraintId) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design) =>
        TableParts.Checks.Remove(design, TableId, ConstraintId, (item, at) => new AddCheckConstraint(TableId, item, at));
}

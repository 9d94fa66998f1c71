using DesignStudio.Core.Model;

namespace DesignStudio.Core.Operations;

/// <summary>Removes a unique constraint.</summary>
/// <param name="TableId">The table.</param>
/// <param name="ConstraintId">The constraint.</param>
public sealed record RemoveUniqueConstraint(string TableId, string ConstraintId) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design) =>
        TableParts.Uniques.Remove(design, TableId, ConstraintId, (item, at) => new AddUniqueConstraint(TableId, item, at));
}

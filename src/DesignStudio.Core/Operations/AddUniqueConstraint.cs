using DesignStudio.Core.Model;

namespace DesignStudio.Core.Operations;

/// <summary>Adds a unique constraint to a table.</summary>
/// <param name="TableId">The table.</param>
/// <param name="Constraint">The constraint; its columns must exist.</param>
/// <param name="At">Position in <see cref="Table.Uniques"/>; null appends.</param>
public sealed record AddUniqueConstraint(string TableId, UniqueConstraint Constraint, int? At = null) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design) =>
        TableParts.Uniques.Add(design, TableId, Constraint, At, (t, path) => DesignEdit.CheckColumns(t, Constraint.ColumnIds, path),
            new RemoveUniqueConstraint(TableId, Constraint.Id));
}

using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Adds a check constraint to a table.</summary>
/// <param name="TableId">The table.</param>
/// <param name="Constraint">The constraint; its expression must not be empty.</param>
/// <param name="At">Position in <see cref="Table.Checks"/>; null appends.</param>
public sealed record AddCheckConstraint(string TableId, CheckConstraint Constraint, int? At = null) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design) =>
        TableParts.Checks.Add(design, TableId, Constraint, At,
            (_, path) => string.IsNullOrWhiteSpace(Constraint.Expression) ? Error(EmptyExpression, path, "The check expression must not be empty.") : null,
            new RemoveCheckConstraint(TableId, Constraint.Id));
}

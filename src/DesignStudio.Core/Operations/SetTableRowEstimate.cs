using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Sets or clears a table's estimated row count (index advisor, migration safety).</summary>
/// <param name="TableId">The table.</param>
/// <param name="RowEstimate">Rows, not negative; null clears the estimate.</param>
public sealed record SetTableRowEstimate(string TableId, long? RowEstimate) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (design.FindTable(TableId) is not { } table) return OperationResult.Refused(MissingTable(TableId));
        if (RowEstimate < 0) return OperationResult.Refused(Error(InvalidValue, PathOf(table), "The row estimate cannot be negative."));
        return OperationResult.Applied(design.WithTable(table with { RowEstimate = RowEstimate }), new SetTableRowEstimate(TableId, table.RowEstimate));
    }
}

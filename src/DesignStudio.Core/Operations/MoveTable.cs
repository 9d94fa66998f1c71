using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Moves a table on the canvas (or collapses/expands it: the position carries that flag).</summary>
/// <param name="TableId">The table.</param>
/// <param name="Position">The new position; null lets the canvas place it.</param>
public sealed record MoveTable(string TableId, CanvasPosition? Position) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (design.FindTable(TableId) is not { } table) return OperationResult.Refused(MissingTable(TableId));
        return OperationResult.Applied(design.WithTable(table with { Position = Position }), new MoveTable(TableId, table.Position));
    }
}

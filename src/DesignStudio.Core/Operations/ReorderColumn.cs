using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Moves a column to another position within its table.</summary>
/// <param name="TableId">The table.</param>
/// <param name="ColumnId">The column.</param>
/// <param name="To">Its new position (0-based, within the current column count).</param>
public sealed record ReorderColumn(string TableId, string ColumnId, int To) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (design.FindTable(TableId) is not { } table) return OperationResult.Refused(MissingTable(TableId));
        var from = table.Columns.FindIndex(c => c.Id == ColumnId);
        if (from < 0) return OperationResult.Refused(MissingColumn(table, ColumnId));
        var column = table.Columns[from];
        if (To < 0 || To >= table.Columns.Count) return OperationResult.Refused(OutOfRange(PathOf(table, column), To, table.Columns.Count - 1));
        var columns = table.Columns.RemoveAt(from).Insert(To, column);
        return OperationResult.Applied(design.WithTable(table with { Columns = columns }), new ReorderColumn(TableId, ColumnId, from));
    }
}

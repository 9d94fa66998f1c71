using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Adds a column to a table at a position, or at the end.</summary>
/// <param name="TableId">The table.</param>
/// <param name="Column">The new column; its id must be unused in the table and its name free.</param>
/// <param name="At">Position in <see cref="Table.Columns"/>; null appends.</param>
public sealed record AddColumn(string TableId, Column Column, int? At = null) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (design.FindTable(TableId) is not { } table) return OperationResult.Refused(MissingTable(TableId));
        var path = PathOf(table, Column);
        if (table.FindColumn(Column.Id) is not null) return OperationResult.Refused(SameId(path, "column", Column.Id));
        if (DesignEdit.CheckColumnName(table, Column.Name, null, path) is { } bad) return OperationResult.Refused(bad);
        if (ColumnTypeCheck.Check(design, Column, path) is { } badType) return OperationResult.Refused(badType);
        if (DesignEdit.CheckPosition(path, At, table.Columns.Count) is { } outside) return OperationResult.Refused(outside);
        var next = design.WithTable(table with { Columns = DesignEdit.InsertAt(table.Columns, Column, At) });
        return OperationResult.Applied(next, new RemoveColumn(TableId, Column.Id));
    }
}

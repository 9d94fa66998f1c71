using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>
/// Replaces a column's definition (name, type, nullability, default, identity, comment, overrides) in one step;
/// the column is found by <see cref="Column.Id"/>, which stays the same.
/// </summary>
/// <param name="TableId">The table.</param>
/// <param name="Column">The column as it should be.</param>
public sealed record UpdateColumn(string TableId, Column Column) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (design.FindTable(TableId) is not { } table) return OperationResult.Refused(MissingTable(TableId));
        if (table.FindColumn(Column.Id) is not { } old) return OperationResult.Refused(MissingColumn(table, Column.Id));
        var path = PathOf(table, old);
        if (DesignEdit.CheckColumnName(table, Column.Name, Column.Id, path) is { } bad) return OperationResult.Refused(bad);
        if (ColumnTypeCheck.Check(design, Column, path) is { } badType) return OperationResult.Refused(badType);
        var next = design.WithTable(table with { Columns = table.Columns.Replace(c => c.Id == Column.Id, _ => Column) });
        return OperationResult.Applied(next, new UpdateColumn(TableId, old));
    }
}

using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Adds a foreign key to a table.</summary>
/// <param name="TableId">The referencing table.</param>
/// <param name="Key">The key; its columns and the target table and columns must exist, with equal column counts.</param>
/// <param name="At">Position in <see cref="Table.ForeignKeys"/>; null appends.</param>
public sealed record AddForeignKey(string TableId, ForeignKey Key, int? At = null) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design) =>
        TableParts.ForeignKeys.Add(design, TableId, Key, At, (t, path) => Check(design, t, path), new RemoveForeignKey(TableId, Key.Id));

    private Diagnostic? Check(Design design, Table table, string path)
    {
        if (DesignEdit.CheckColumns(table, Key.ColumnIds, path) is { } bad) return bad;
        // A self-reference targets the table being edited, which design already holds.
        if (design.FindTable(Key.TargetTableId) is not { } target) return MissingTable(Key.TargetTableId);
        if (DesignEdit.CheckColumns(target, Key.TargetColumnIds, path) is { } badTarget) return badTarget;
        return Key.ColumnIds.Count == Key.TargetColumnIds.Count ? null
            : Error(InvalidColumnList, path, $"The foreign key has {Key.ColumnIds.Count} columns but references {Key.TargetColumnIds.Count}.");
    }
}

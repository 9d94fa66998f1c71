using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Adds an index to a table.</summary>
/// <param name="TableId">The table.</param>
/// <param name="Index">The index; each part is an existing column or a non-empty expression.</param>
/// <param name="At">Position in <see cref="Table.Indexes"/>; null appends.</param>
public sealed record AddIndex(string TableId, Model.Index Index, int? At = null) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design) =>
        TableParts.Indexes.Add(design, TableId, Index, At, Check, new RemoveIndex(TableId, Index.Id));

    private Diagnostic? Check(Table table, string path)
    {
        if (Index.Parts.Count == 0) return Error(InvalidColumnList, path, "An index needs at least one column or expression.");
        foreach (var part in Index.Parts)
        {
            if (part.ColumnId is { } id)
            {
                if (table.FindColumn(id) is null) return MissingColumn(table, id);
            }
            else if (string.IsNullOrWhiteSpace(part.Expression))
            {
                return Error(EmptyExpression, path, "An index part needs a column or an expression.");
            }
        }
        foreach (var id in Index.IncludeColumnIds)
        {
            if (table.FindColumn(id) is null) return MissingColumn(table, id);
        }
        return null;
    }
}

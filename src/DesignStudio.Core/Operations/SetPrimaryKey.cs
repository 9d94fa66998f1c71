using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Sets, replaces or (with null) removes a table's primary key.</summary>
/// <param name="TableId">The table.</param>
/// <param name="Key">The new key; null removes the key.</param>
public sealed record SetPrimaryKey(string TableId, PrimaryKey? Key) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (design.FindTable(TableId) is not { } table) return OperationResult.Refused(MissingTable(TableId));
        if (Key is not null)
        {
            var path = PathOf(table) + "/primaryKey";
            var problem = DesignEdit.CheckPart(table, Key.Id, Key.Name, table.PrimaryKey?.Id, path, "primary key")
                ?? DesignEdit.CheckColumns(table, Key.ColumnIds, path);
            if (problem is not null) return OperationResult.Refused(problem);
        }
        return OperationResult.Applied(design.WithTable(table with { PrimaryKey = Key }), new SetPrimaryKey(TableId, table.PrimaryKey));
    }
}

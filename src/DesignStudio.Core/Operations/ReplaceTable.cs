using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>
/// Replaces a whole table definition (found by its id, which stays) in one step: the carrier of repairs computed on the
/// model, such as lint quick fixes, so they are undoable like any other edit.
/// </summary>
/// <param name="Table">The table as it should be.</param>
public sealed record ReplaceTable(Table Table) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (design.FindTable(Table.Id) is not { } old) return OperationResult.Refused(MissingTable(Table.Id));
        if (DesignEdit.CheckTableName(design, Table.Name, Table.Schema, Table.Id, PathOf(old)) is { } bad) return OperationResult.Refused(bad);
        return OperationResult.Applied(design.WithTable(Table), new ReplaceTable(old));
    }
}

using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Renames a table (its id, and so every reference to it, is unchanged).</summary>
/// <param name="TableId">The table.</param>
/// <param name="Name">The new name.</param>
public sealed record RenameTable(string TableId, string Name) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (design.FindTable(TableId) is not { } table) return OperationResult.Refused(MissingTable(TableId));
        if (DesignEdit.CheckTableName(design, Name, table.Schema, TableId, PathOf(table)) is { } bad) return OperationResult.Refused(bad);
        return OperationResult.Applied(design.WithTable(table with { Name = Name }), new RenameTable(TableId, table.Name));
    }
}

using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Sets a table's opt-in features (such as keeping an updated-at column current).</summary>
/// <param name="TableId">The table.</param>
/// <param name="Features">The features; a referenced column must exist.</param>
public sealed record SetTableFeatures(string TableId, TableFeatures Features) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (design.FindTable(TableId) is not { } table) return OperationResult.Refused(MissingTable(TableId));
        if (Features.UpdatedAtColumnId is { } id && table.FindColumn(id) is null) return OperationResult.Refused(MissingColumn(table, id));
        return OperationResult.Applied(design.WithTable(table with { Features = Features }), new SetTableFeatures(TableId, table.Features));
    }
}

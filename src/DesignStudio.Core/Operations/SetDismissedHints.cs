using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Sets which dependency hints of a table the designers dismissed (normal-form analysis).</summary>
/// <param name="TableId">The table.</param>
/// <param name="HintIds">Dismissed hint ids in order.</param>
public sealed record SetDismissedHints(string TableId, ValueList<string> HintIds) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (design.FindTable(TableId) is not { } table) return OperationResult.Refused(MissingTable(TableId));
        return OperationResult.Applied(design.WithTable(table with { DismissedHintIds = HintIds }), new SetDismissedHints(TableId, table.DismissedHintIds));
    }
}

using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Sets or clears a table's comment.</summary>
/// <param name="TableId">The table.</param>
/// <param name="Comment">The new comment; null clears it.</param>
public sealed record SetTableComment(string TableId, string? Comment) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (design.FindTable(TableId) is not { } table) return OperationResult.Refused(MissingTable(TableId));
        return OperationResult.Applied(design.WithTable(table with { Comment = Comment }), new SetTableComment(TableId, table.Comment));
    }
}

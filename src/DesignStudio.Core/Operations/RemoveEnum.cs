using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Removes an enumerated type that no column uses.</summary>
/// <param name="EnumId">The enum.</param>
public sealed record RemoveEnum(string EnumId) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        var at = design.Enums.FindIndex(e => e.Id == EnumId);
        if (at < 0) return OperationResult.Refused(Missing("enums/" + EnumId, "enum", EnumId));
        var type = design.Enums[at];
        foreach (var table in design.Tables)
        {
            foreach (var column in table.Columns)
            {
                if (column.Type.Kind == TypeKind.Enum && column.Type.EnumId == EnumId)
                {
                    return OperationResult.Refused(Error(EnumInUse, "enums/" + type.Name,
                        $"Enum '{type.Name}' is used by column '{table.Name}.{column.Name}'; change that column's type first."));
                }
            }
        }
        return OperationResult.Applied(design with { Enums = design.Enums.RemoveAt(at) }, new AddEnum(type, at));
    }
}

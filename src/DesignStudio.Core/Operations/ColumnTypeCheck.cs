using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Refuses a column whose enum type does not exist.</summary>
internal static class ColumnTypeCheck
{
    public static Diagnostic? Check(Design design, Column column, string path)
    {
        if (column.Type.Kind != TypeKind.Enum) return null;
        if (column.Type.EnumId is { } id && design.FindEnum(id) is not null) return null;
        return Missing(path, "enum", column.Type.EnumId ?? "(none)");
    }
}

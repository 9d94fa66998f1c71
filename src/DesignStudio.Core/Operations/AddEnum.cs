using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Adds an enumerated type.</summary>
/// <param name="Enum">The enum; its id must be unused, its name free and its values distinct.</param>
/// <param name="At">Position in <see cref="Design.Enums"/>; null appends.</param>
public sealed record AddEnum(EnumType Enum, int? At = null) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        var path = "enums/" + Enum.Name;
        if (design.FindEnum(Enum.Id) is not null) return OperationResult.Refused(SameId(path, "enum", Enum.Id));
        if (string.IsNullOrWhiteSpace(Enum.Name)) return OperationResult.Refused(Empty(path, "enum"));
        if (design.Enums.Any(e => e.Name == Enum.Name && e.Schema == Enum.Schema)) return OperationResult.Refused(Duplicate(path, "enum", Enum.Name));
        if (Enum.Values.Distinct().Count() != Enum.Values.Count)
        {
            return OperationResult.Refused(Error(DuplicateEnumValue, path, $"Enum '{Enum.Name}' lists a value twice."));
        }
        if (DesignEdit.CheckPosition(path, At, design.Enums.Count) is { } outside) return OperationResult.Refused(outside);
        return OperationResult.Applied(design with { Enums = DesignEdit.InsertAt(design.Enums, Enum, At) }, new RemoveEnum(Enum.Id));
    }
}

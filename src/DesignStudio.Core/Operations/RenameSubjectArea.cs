using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Renames a subject area (its label on the canvas).</summary>
/// <param name="AreaId">The area.</param>
/// <param name="Name">The new name: not empty, not used by another area.</param>
public sealed record RenameSubjectArea(string AreaId, string Name) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        var at = design.Areas.FindIndex(a => a.Id == AreaId);
        if (at < 0) return OperationResult.Refused(Missing("areas/" + AreaId, "subject area", AreaId));
        var area = design.Areas[at];
        var path = "areas/" + area.Name;
        if (string.IsNullOrWhiteSpace(Name)) return OperationResult.Refused(Empty(path, "subject area"));
        if (design.Areas.Any(a => a.Id != AreaId && a.Name == Name)) return OperationResult.Refused(Duplicate(path, "subject area", Name));
        var next = design with { Areas = design.Areas.SetItem(at, area with { Name = Name }) };
        return OperationResult.Applied(next, new RenameSubjectArea(AreaId, area.Name));
    }
}

using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Removes a subject area; its tables stay. The inverse restores the area at its position.</summary>
/// <param name="AreaId">The area to remove.</param>
public sealed record RemoveSubjectArea(string AreaId) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (!DesignEdit.TryRemove(design.Areas, a => a.Id == AreaId, out var rest, out var area, out var at))
        {
            return OperationResult.Refused(Missing("areas/" + AreaId, "subject area", AreaId));
        }
        return OperationResult.Applied(design with { Areas = rest }, new AddSubjectArea(area, at));
    }
}

using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Adds a subject area (with its member tables) at a position in the area list, or at the end.</summary>
/// <param name="Area">The new area; its id must be unused, its name not empty and its tables must exist.</param>
/// <param name="At">Position in <see cref="Design.Areas"/>; null appends.</param>
public sealed record AddSubjectArea(SubjectArea Area, int? At = null) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        var path = "areas/" + Area.Name;
        if (string.IsNullOrWhiteSpace(Area.Name)) return OperationResult.Refused(Empty(path, "subject area"));
        if (design.Areas.Any(a => a.Id == Area.Id)) return OperationResult.Refused(SameId(path, "subject area", Area.Id));
        if (!RecolorSubjectArea.IsValidColor(Area.Color))
        {
            return OperationResult.Refused(Error(InvalidColor, path + "/color", $"'{Area.Color}' is not a colour such as #4caf50."));
        }
        if (design.Areas.Any(a => a.Name == Area.Name)) return OperationResult.Refused(Duplicate(path, "subject area", Area.Name));
        foreach (var id in Area.TableIds)
        {
            if (design.FindTable(id) is null) return OperationResult.Refused(MissingTable(id));
        }
        if (DesignEdit.CheckPosition(path, At, design.Areas.Count) is { } outside) return OperationResult.Refused(outside);
        var next = design with { Areas = DesignEdit.InsertAt(design.Areas, Area, At) };
        return OperationResult.Applied(next, new RemoveSubjectArea(Area.Id));
    }
}

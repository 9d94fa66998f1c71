using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>Sets which tables belong to a subject area.</summary>
/// <param name="AreaId">The subject area.</param>
/// <param name="TableIds">Member tables in order.</param>
public sealed record SetSubjectAreaTables(string AreaId, ValueList<string> TableIds) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        var at = design.Areas.FindIndex(a => a.Id == AreaId);
        if (at < 0) return OperationResult.Refused(Missing("areas/" + AreaId, "subject area", AreaId));
        foreach (var id in TableIds)
        {
            if (design.FindTable(id) is null) return OperationResult.Refused(MissingTable(id));
        }
        var area = design.Areas[at];
        var next = design with { Areas = design.Areas.SetItem(at, area with { TableIds = TableIds }) };
        return OperationResult.Applied(next, new SetSubjectAreaTables(AreaId, area.TableIds));
    }
}

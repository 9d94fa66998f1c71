using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>
/// Removes a table, the foreign keys of other tables that point at it, and its membership of subject areas.
/// The inverse restores all of them at their original positions.
/// </summary>
/// <param name="TableId">The table to remove.</param>
public sealed record RemoveTable(string TableId) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        var at = design.Tables.FindIndex(t => t.Id == TableId);
        if (at < 0) return OperationResult.Refused(MissingTable(TableId));
        var table = design.Tables[at];
        var restore = new List<DesignOperation> { new AddTable(table, at) };

        var tables = design.Tables.RemoveAt(at);
        for (var i = 0; i < tables.Count; i++)
        {
            var other = tables[i];
            if (!other.ForeignKeys.Any(f => f.TargetTableId == TableId)) continue;
            for (var k = 0; k < other.ForeignKeys.Count; k++)
            {
                if (other.ForeignKeys[k].TargetTableId == TableId) restore.Add(new AddForeignKey(other.Id, other.ForeignKeys[k], k));
            }
            tables = tables.SetItem(i, other with { ForeignKeys = other.ForeignKeys.RemoveAll(f => f.TargetTableId == TableId) });
        }

        var areas = design.Areas;
        for (var i = 0; i < areas.Count; i++)
        {
            if (!areas[i].TableIds.Contains(TableId)) continue;
            restore.Add(new SetSubjectAreaTables(areas[i].Id, areas[i].TableIds));
            areas = areas.SetItem(i, areas[i] with { TableIds = areas[i].TableIds.RemoveAll(id => id == TableId) });
        }

        var inverse = restore.Count == 1 ? restore[0] : new CompositeOperation(restore.ToValueList());
        return OperationResult.Applied(design with { Tables = tables, Areas = areas }, inverse);
    }
}

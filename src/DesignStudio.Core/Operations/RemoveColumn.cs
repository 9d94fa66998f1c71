using DesignStudio.Core.Model;
using static DesignStudio.Core.Operations.OperationDiagnostics;

namespace DesignStudio.Core.Operations;

/// <summary>
/// Removes a column together with everything that uses it, as a database's DROP COLUMN … CASCADE would: the primary
/// key, unique constraints, indexes and foreign keys containing it (also foreign keys of other tables referencing it),
/// functional dependencies over it, and the updated-at feature pointing at it. The inverse restores all of it in place.
/// Check constraints are SQL text and are kept; the validator reports any that still mention the column.
/// </summary>
/// <param name="TableId">The table.</param>
/// <param name="ColumnId">The column.</param>
public sealed record RemoveColumn(string TableId, string ColumnId) : DesignOperation
{
    /// <inheritdoc />
    public override OperationResult Apply(Design design)
    {
        if (design.FindTable(TableId) is not { } table) return OperationResult.Refused(MissingTable(TableId));
        var at = table.Columns.FindIndex(c => c.Id == ColumnId);
        if (at < 0) return OperationResult.Refused(MissingColumn(table, ColumnId));

        var restore = new List<DesignOperation> { new AddColumn(TableId, table.Columns[at], at) };
        var edited = table with { Columns = table.Columns.RemoveAt(at) };
        if (table.PrimaryKey is { } pk && pk.ColumnIds.Contains(ColumnId))
        {
            edited = edited with { PrimaryKey = null };
            restore.Add(new SetPrimaryKey(TableId, pk));
        }
        edited = edited with { Uniques = Strip(table.Uniques, u => u.ColumnIds.Contains(ColumnId), (u, i) => new AddUniqueConstraint(TableId, u, i), restore) };
        edited = edited with { Indexes = Strip(table.Indexes, x => x.UsesColumn(ColumnId), (x, i) => new AddIndex(TableId, x, i), restore) };
        edited = edited with
        {
            FunctionalDependencies = Strip(table.FunctionalDependencies, d => d.UsesColumn(ColumnId),
                (d, i) => new AddFunctionalDependency(TableId, d, i), restore),
        };
        if (table.Features.UpdatedAtColumnId == ColumnId)
        {
            edited = edited with { Features = table.Features with { UpdatedAtColumnId = null } };
            restore.Add(new SetTableFeatures(TableId, table.Features));
        }

        // Foreign keys last: restoring them needs the columns, keys and target tables above to be back first.
        var tables = design.WithTable(edited).Tables;
        for (var t = 0; t < tables.Count; t++)
        {
            var owner = tables[t];
            bool Uses(ForeignKey f) =>
                (owner.Id == TableId && f.ColumnIds.Contains(ColumnId)) || (f.TargetTableId == TableId && f.TargetColumnIds.Contains(ColumnId));
            if (!owner.ForeignKeys.Any(Uses)) continue;
            tables = tables.SetItem(t, owner with { ForeignKeys = Strip(owner.ForeignKeys, Uses, (f, i) => new AddForeignKey(owner.Id, f, i), restore) });
        }

        var inverse = restore.Count == 1 ? restore[0] : new CompositeOperation(restore.ToValueList());
        return OperationResult.Applied(design with { Tables = tables }, inverse);
    }

    // Removes the matching items and records, in ascending position, the operations that put them back.
    private static ValueList<T> Strip<T>(ValueList<T> items, Func<T, bool> match, Func<T, int, DesignOperation> putBack, List<DesignOperation> restore)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (match(items[i])) restore.Add(putBack(items[i], i));
        }
        return items.RemoveAll(x => match(x));
    }
}

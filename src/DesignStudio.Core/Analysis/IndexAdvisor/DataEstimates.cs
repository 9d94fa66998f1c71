using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.IndexAdvisor;

/// <summary>
/// Row counts and distinct counts for a design: the table's <see cref="Table.RowEstimate"/> and the column's
/// <see cref="Column.DistinctEstimate"/> / <see cref="Column.NullFraction"/>, or defaults derived from keys and types.
/// The candidate generator and the synthetic data of the planner proof use the same numbers.
/// </summary>
public static class DataEstimates
{
    /// <summary>Rows assumed for a table without an estimate.</summary>
    public const long DefaultRows = 10_000;

    /// <summary>Below this many rows a scan is as cheap as any index.</summary>
    public const long TinyTableRows = 1_000;

    /// <summary>Estimated rows of <paramref name="table"/>.</summary>
    public static long Rows(Table table) => Math.Max(1, table.RowEstimate ?? DefaultRows);

    /// <summary>Estimated distinct values of <paramref name="column"/> (never more than the rows).</summary>
    public static long Distinct(Design design, Table table, Column column)
    {
        var rows = Rows(table);
        if (column.DistinctEstimate is { } d) return Math.Clamp(d, 1, rows);
        if (IsSingleColumnKey(table, column.Id)) return rows;
        if (column.Type.Kind == TypeKind.Boolean) return 2;
        if (column.Type.Kind == TypeKind.Enum && column.Type.EnumId is { } e && design.FindEnum(e) is { } en) return Math.Max(1, en.Values.Count);
        foreach (var fk in table.ForeignKeys)
        {
            if (fk.ColumnIds.Count == 1 && fk.ColumnIds[0] == column.Id && design.FindTable(fk.TargetTableId) is { } target)
            {
                return Math.Clamp(Rows(target), 1, rows);
            }
        }
        return Math.Max(1, rows / 10);
    }

    /// <summary>Estimated fraction of NULLs (0 for NOT NULL columns, 0 by default).</summary>
    public static double NullFraction(Column column) => column.Nullable ? Math.Clamp(column.NullFraction ?? 0, 0, 0.99) : 0;

    /// <summary>Whether the column alone is the primary key or a unique constraint.</summary>
    public static bool IsSingleColumnKey(Table table, string columnId) =>
        table.PrimaryKey is { ColumnIds: [var pk] } && pk == columnId
        || table.Uniques.Any(u => u.ColumnIds.Count == 1 && u.ColumnIds[0] == columnId)
        || table.Indexes.Any(i => i.Unique && i.Where is null && i.Parts.Count == 1 && i.Parts[0].ColumnId == columnId);
}

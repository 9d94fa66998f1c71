using DesignStudio.Core.Model;

namespace DesignStudio.Core.Exports;

/// <summary>
/// Where the diagram draws each table, area and note: the same fixed geometry as the studio's canvas (table width,
/// header and row heights, default grid for tables without a stored position), so an export looks like the canvas.
/// </summary>
public static class DiagramGeometry
{
    /// <summary>Table width.</summary>
    public const double TableWidth = 240;
    /// <summary>Height of a table's header (name and schema).</summary>
    public const double HeaderHeight = 40;
    /// <summary>Height of one column row.</summary>
    public const double RowHeight = 22;
    /// <summary>Padding below the last row.</summary>
    public const double FooterHeight = 6;
    /// <summary>Space between an area's member tables and its edge.</summary>
    public const double AreaPadding = 24;
    /// <summary>Height of an area's label strip.</summary>
    public const double AreaLabelHeight = 28;

    /// <summary>Where a table without a stored position is drawn (a grid in table order), as on the canvas.</summary>
    public static (double X, double Y) DefaultPosition(int index) => (40 + index % 5 * 300, 40 + index / 5 * 340);

    /// <summary>The columns a table shows: all, or only key and foreign-key columns when it is collapsed.</summary>
    public static IReadOnlyList<Column> VisibleColumns(Table table)
    {
        if (table.Position?.Collapsed != true) return table.Columns;
        var keys = KeyColumnIds(table);
        return table.Columns.Where(c => keys.Contains(c.Id)).ToList();
    }

    /// <summary>Ids of the columns in the primary key, a unique constraint or a foreign key.</summary>
    public static HashSet<string> KeyColumnIds(Table table)
    {
        var ids = new HashSet<string>(table.PrimaryKey?.ColumnIds ?? []);
        foreach (var u in table.Uniques) ids.UnionWith(u.ColumnIds);
        foreach (var f in table.ForeignKeys) ids.UnionWith(f.ColumnIds);
        return ids;
    }

    /// <summary>A table's box: top-left corner and size (a collapsed table has one more row saying how many are hidden).</summary>
    public static (double X, double Y, double Width, double Height) TableBox(Table table, int index)
    {
        var (x, y) = table.Position is { } p ? (p.X, p.Y) : DefaultPosition(index);
        var visible = VisibleColumns(table).Count;
        var rows = visible + (visible < table.Columns.Count ? 1 : 0);
        return (x, y, TableWidth, HeaderHeight + rows * RowHeight + FooterHeight);
    }
}

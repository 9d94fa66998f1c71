using DesignStudio.Core.Model;
using DesignStudio.Web.Canvas;

namespace DesignStudio.Web.Services.Versions;

/// <summary>
/// The design the compare canvas draws: the newer version plus what was removed (whole tables at their old positions,
/// columns at their old places, foreign keys that no longer exist), with removed tables shifted so they never cover a
/// table of the newer version.
/// </summary>
public static class DiffDrawing
{
    /// <summary>Space kept between a shifted removed table and the table it would have covered.</summary>
    public const double Gap = 40;

    /// <summary>Builds the drawn design.</summary>
    public static Design Draw(Design from, Design to, IReadOnlyDictionary<string, List<Column>> removedColumns, IReadOnlySet<string> removedForeignKeys)
    {
        var drawn = new List<Table>();
        foreach (var table in to.Tables)
        {
            if (from.FindTable(table.Id) is not { } old)
            {
                drawn.Add(table);
                continue;
            }
            var cols = table.Columns.ToList();
            if (removedColumns.TryGetValue(table.Id, out var removed))
            {
                foreach (var column in removed)
                {
                    var at = old.Columns.FindIndex(c => c.Id == column.Id);
                    cols.Insert(Math.Clamp(at, 0, cols.Count), column);
                }
            }
            var fks = table.ForeignKeys.Concat(old.ForeignKeys.Where(f => removedForeignKeys.Contains(f.Id))).ToValueList();
            drawn.Add(table with { Columns = cols.ToValueList(), ForeignKeys = fks });
        }
        var kept = to.Tables.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var removedTables = from.Tables.Where(t => !kept.Contains(t.Id)).ToList();
        // Removed tables keep only foreign keys to tables that are still drawn.
        var allIds = kept.Concat(from.Tables.Select(t => t.Id)).ToHashSet(StringComparer.Ordinal);
        var placed = Place(drawn, removedTables);
        drawn.AddRange(removedTables.Select((t, i) => t with
        {
            Position = placed[i],
            ForeignKeys = t.ForeignKeys.Where(f => allIds.Contains(f.TargetTableId)).ToValueList(),
        }));
        return to with { Tables = drawn.ToValueList() };
    }

    /// <summary>
    /// Positions for <paramref name="removed"/> tables drawn after <paramref name="kept"/>: each starts where the old
    /// version had it (or where the canvas would put it by default) and, while it overlaps a table already placed, moves
    /// down below the lowest table it overlaps. Deterministic: the same input gives the same positions.
    /// </summary>
    public static IReadOnlyList<CanvasPosition> Place(IReadOnlyList<Table> kept, IReadOnlyList<Table> removed)
    {
        var occupied = kept.Select((t, i) => Bounds(t, t.Position, i)).ToList();
        var result = new List<CanvasPosition>(removed.Count);
        for (var i = 0; i < removed.Count; i++)
        {
            var table = removed[i];
            var box = Bounds(table, table.Position, kept.Count + i);
            while (occupied.Where(o => Overlaps(o, box)).Select(o => (double?)o.Bottom).Max() is { } bottom)
            {
                box = box with { Top = bottom + Gap };
            }
            occupied.Add(box);
            result.Add(new CanvasPosition(box.Left, box.Top) { Collapsed = table.Position?.Collapsed ?? false });
        }
        return result;
    }

    /// <summary>Where a table is drawn and how big it is: its position (or the default grid place) and the fixed node geometry.</summary>
    public static CanvasBox Bounds(Table table, CanvasPosition? position, int index)
    {
        var at = position is { } p ? (p.X, p.Y) : (DiagramProjection.DefaultPosition(index).X, DiagramProjection.DefaultPosition(index).Y);
        return new CanvasBox(at.Item1, at.Item2, TableNodeGeometry.Width, TableNodeGeometry.Height(table.Columns.Count));
    }

    private static bool Overlaps(CanvasBox a, CanvasBox b) =>
        a.Left < b.Left + b.Width && b.Left < a.Left + a.Width && a.Top < b.Top + b.Height && b.Top < a.Top + a.Height;
}

using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using DesignStudio.Core.Model;

namespace DesignStudio.Web.Canvas;

/// <summary>
/// The view-model of one table on the canvas: it holds the table's id and what the node shows, rebuilt from the
/// model by <see cref="DiagramProjection"/>. Geometry is fixed (<see cref="TableNodeGeometry"/>), so nothing is measured.
/// </summary>
public sealed class TableNodeModel : NodeModel
{
    private readonly Dictionary<string, ColumnPortModel> ports = [];

    /// <summary>Creates the node for <paramref name="table"/>.</summary>
    public TableNodeModel(Table table, Point position) : base("node/" + table.Id, position)
    {
        TableId = table.Id;
        ControlledSize = true;
    }

    /// <summary>The table's id.</summary>
    public string TableId { get; }

    /// <summary>The table as last projected (name, schema, comment).</summary>
    public Table Table { get; private set; } = null!;

    /// <summary>The rows shown (all columns, or only key columns when collapsed).</summary>
    public IReadOnlyList<ColumnRow> Rows { get; private set; } = [];

    /// <summary>Whether the node shows only its key columns.</summary>
    public bool Collapsed { get; private set; }

    /// <summary>Columns hidden by collapsing.</summary>
    public int HiddenColumns { get; private set; }

    /// <summary>Where the projection last placed the node; a drag that ends elsewhere is a move.</summary>
    public Point ProjectedPosition { get; set; } = Point.Zero;

    /// <summary>Number of diagnostics about this table (shown as a badge).</summary>
    public int DiagnosticCount { get; set; }

    /// <summary>Other people who have this table selected (live co-editing presence).</summary>
    public IReadOnlyList<Collaboration.Collaborator> Viewers { get; set; } = [];

    /// <summary>Highest severity among those diagnostics.</summary>
    public Core.Diagnostics.Severity? WorstSeverity { get; set; }

    /// <summary>How much the node draws (only the name when zoomed far out); set by <see cref="CanvasVirtualizer"/>.</summary>
    public NodeDetail Detail { get; set; }
    /// <summary>Number of lint warnings about this table (a second badge).</summary>
    public int LintWarnings { get; set; }

    /// <summary>Open comment threads on the table or its columns (a marker, drawn only when there are some).</summary>
    public int OpenComments { get; set; }
    /// <summary>How the table differs in a compared pair of versions (null: not compared or unchanged).</summary>
    public DiffMark? DiffMark { get; set; }

    /// <summary>How its columns differ in a compared pair of versions, by column id.</summary>
    public IReadOnlyDictionary<string, DiffMark> ColumnDiffMarks { get; set; } = new Dictionary<string, DiffMark>();

    /// <summary>The port of a column, if the column has one.</summary>
    public ColumnPortModel? PortOf(string columnId) => ports.GetValueOrDefault(columnId);

    /// <summary>
    /// Rebuilds the node's rows, size and ports from <paramref name="table"/>. Returns whether anything shown changed.
    /// </summary>
    public bool Update(Table table, IReadOnlyList<ColumnRow> rows)
    {
        var collapsed = table.Position?.Collapsed ?? false;
        var visible = collapsed ? rows.Where(r => r.IsKey).ToList() : rows;
        if (ReferenceEquals(Table, table) || (Table == table && Rows.SequenceEqual(visible))) { Table = table; return false; }
        Table = table;
        Collapsed = collapsed;
        HiddenColumns = rows.Count - visible.Count;
        Rows = visible;
        Title = table.QualifiedName;
        Size = new Size(TableNodeGeometry.Width, TableNodeGeometry.Height(visible.Count + (HiddenColumns > 0 ? 1 : 0)));
        SyncPorts();
        return true;
    }

    /// <summary>Moves the ports with the node (ports hold absolute positions in the library).</summary>
    public void PlacePorts()
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            if (ports.TryGetValue(Rows[i].ColumnId, out var port))
            {
                var (x, y) = TableNodeGeometry.PortOffset(i);
                port.Position = new Point(Position.X + x, Position.Y + y);
            }
        }
    }

    private void SyncPorts()
    {
        var wanted = Rows.Where(r => r.IsKey).Select(r => r.ColumnId).ToHashSet();
        foreach (var (columnId, port) in ports.ToList())
        {
            if (wanted.Contains(columnId)) continue;
            ports.Remove(columnId);
            RemovePort(port);
        }
        foreach (var columnId in wanted)
        {
            if (ports.ContainsKey(columnId)) continue;
            var port = new ColumnPortModel(this, columnId);
            ports[columnId] = port;
            AddPort(port);
        }
        PlacePorts();
    }
}

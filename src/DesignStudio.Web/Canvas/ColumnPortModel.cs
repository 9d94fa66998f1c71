using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;

namespace DesignStudio.Web.Canvas;

/// <summary>A port on a key or foreign-key column row, with a fixed size and position (never measured).</summary>
public sealed class ColumnPortModel : PortModel
{
    /// <summary>Creates the port for <paramref name="columnId"/> on <paramref name="node"/>.</summary>
    public ColumnPortModel(TableNodeModel node, string columnId)
        : base(node.Id + "/" + columnId, node, PortAlignment.Right, null, new Size(TableNodeGeometry.PortSize, TableNodeGeometry.PortSize))
    {
        ColumnId = columnId;
        Initialized = true;
    }

    /// <summary>The column's id.</summary>
    public string ColumnId { get; }

    /// <summary>A drag from a column may end on another table or on one of its column ports.</summary>
    public override bool CanAttachTo(ILinkable other) => other switch
    {
        ColumnPortModel port => port.Parent != Parent,
        TableNodeModel node => node != Parent,
        _ => false,
    };

    /// <summary>The table node the port belongs to.</summary>
    public TableNodeModel Table => (TableNodeModel)Parent;
}

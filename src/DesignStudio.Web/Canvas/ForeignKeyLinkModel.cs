using Blazor.Diagrams.Core.Models;

namespace DesignStudio.Web.Canvas;

/// <summary>
/// A foreign key drawn from the referencing column to the referenced column, with crow's-foot ends. Each end is a
/// <see cref="ColumnSideAnchor"/>: on the column's row, on the side of the table that faces the other table.
/// </summary>
public sealed class ForeignKeyLinkModel : LinkModel
{
    /// <summary>Creates the link between two column ports.</summary>
    public ForeignKeyLinkModel(string foreignKeyId, string tableId, ColumnPortModel from, ColumnPortModel to)
        : base("link/" + foreignKeyId, new ColumnSideAnchor(from), new ColumnSideAnchor(to))
    {
        ForeignKeyId = foreignKeyId;
        TableId = tableId;
        PathGenerator = SideFacingPathGenerator.Instance;
    }

    /// <summary>The foreign key's id.</summary>
    public string ForeignKeyId { get; }

    /// <summary>The referencing table's id.</summary>
    public string TableId { get; }

    /// <summary>Name shown on hover: constraint name and the column mapping.</summary>
    public string Title { get; set; } = "";

    /// <summary>How the foreign key differs between compared versions (the compare view); null elsewhere.</summary>
    public DiffMark? DiffMark { get; set; }

    /// <summary>The cardinality drawn (for tests and the accessible title).</summary>
    public Cardinality Cardinality { get; set; }
}

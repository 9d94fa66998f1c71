using Blazor.Diagrams.Core.Models;

namespace DesignStudio.Web.Canvas;

/// <summary>A foreign key drawn from the referencing column to the referenced column, with crow's-foot ends.</summary>
public sealed class ForeignKeyLinkModel : LinkModel
{
    /// <summary>Creates the link between two column ports.</summary>
    public ForeignKeyLinkModel(string foreignKeyId, string tableId, ColumnPortModel from, ColumnPortModel to)
        : base("link/" + foreignKeyId, from, to)
    {
        ForeignKeyId = foreignKeyId;
        TableId = tableId;
    }

    /// <summary>The foreign key's id.</summary>
    public string ForeignKeyId { get; }

    /// <summary>The referencing table's id.</summary>
    public string TableId { get; }

    /// <summary>Name shown on hover: constraint name and the column mapping.</summary>
    public string Title { get; set; } = "";

    /// <summary>The cardinality drawn (for tests and the accessible title).</summary>
    public Cardinality Cardinality { get; set; }
}

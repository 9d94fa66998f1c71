namespace DesignStudio.Core.Model;

/// <summary>An index: key parts (columns or expressions), method, uniqueness, included columns and a partial predicate.</summary>
public sealed record Index
{
    /// <summary>Stable id.</summary>
    public required string Id { get; init; }

    /// <summary>Index name (required by most dialects; generators derive one when null).</summary>
    public string? Name { get; init; }

    /// <summary>Whether the index enforces uniqueness.</summary>
    public bool Unique { get; init; }

    /// <summary>Access method.</summary>
    public IndexMethod Method { get; init; } = IndexMethod.BTree;

    /// <summary>Key parts in order.</summary>
    public required ValueList<IndexPart> Parts { get; init; }

    /// <summary>Non-key columns stored in the index (INCLUDE), by id.</summary>
    public ValueList<string> IncludeColumnIds { get; init; } = [];

    /// <summary>Partial-index predicate as SQL text, or null.</summary>
    public string? Where { get; init; }
}

/// <summary>One key part of an index: a column (by id) or an expression, with sort order.</summary>
public sealed record IndexPart
{
    /// <summary>The column id, for a column part.</summary>
    public string? ColumnId { get; init; }

    /// <summary>SQL expression text, for an expression part.</summary>
    public string? Expression { get; init; }

    /// <summary>Descending sort order.</summary>
    public bool Descending { get; init; }

    /// <summary>Prefix length in characters (MySQL/MariaDB prefix indexes), or null.</summary>
    public int? PrefixLength { get; init; }

    /// <summary>A column part.</summary>
    public static IndexPart OfColumn(string columnId, bool descending = false) =>
        new() { ColumnId = columnId, Descending = descending };
}

/// <summary>Index access methods.</summary>
public enum IndexMethod
{
    /// <summary>B-tree (default everywhere).</summary>
    BTree,
    /// <summary>Hash.</summary>
    Hash,
    /// <summary>PostgreSQL GIN.</summary>
    Gin,
    /// <summary>PostgreSQL GiST.</summary>
    Gist,
    /// <summary>PostgreSQL BRIN.</summary>
    Brin,
    /// <summary>Full-text (MySQL FULLTEXT; PostgreSQL GIN over to_tsvector).</summary>
    FullText,
    /// <summary>Spatial (MySQL SPATIAL; PostgreSQL GiST).</summary>
    Spatial,
}

using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.IndexAdvisor;

/// <summary>A proposed index, the workload queries it is for, and what it costs writers.</summary>
public sealed record IndexCandidate
{
    /// <summary>Proposed index name.</summary>
    public required string Name { get; init; }

    /// <summary>The table.</summary>
    public required string TableId { get; init; }

    /// <summary>Access method (B-tree, GIN, full-text).</summary>
    public IndexMethod Method { get; init; } = IndexMethod.BTree;

    /// <summary>Key parts: columns (with direction) or one expression.</summary>
    public required IReadOnlyList<IndexPart> Parts { get; init; }

    /// <summary>Non-key columns (INCLUDE) that make it covering.</summary>
    public IReadOnlyList<string> IncludeColumnIds { get; init; } = [];

    /// <summary>Partial-index predicate, or null.</summary>
    public string? Where { get; init; }

    /// <summary>Why it has this shape: <c>equality-range-sort</c>, <c>equality-sort-range</c>, <c>full-text</c>, ...</summary>
    public required string Shape { get; init; }

    /// <summary>0-based numbers of the workload queries it is for.</summary>
    public required IReadOnlyList<int> QueryNumbers { get; init; }

    /// <summary>Candidates sharing a group are alternatives (the two composite orders): the planner keeps the cheaper.</summary>
    public string? AlternativeGroup { get; init; }

    /// <summary>The write cost: how many indexes each INSERT/DELETE and each UPDATE of its columns maintains.</summary>
    public string WriteCost { get; init; } = "";

    /// <summary>Key columns (column parts only).</summary>
    public IEnumerable<string> KeyColumnIds => Parts.Where(p => p.ColumnId is not null).Select(p => p.ColumnId!);

    /// <summary>The candidate as a model index (to add to the design once proven).</summary>
    public Model.Index ToIndex() => new()
    {
        Id = ObjectId.Derive("ix", TableId + "/" + Name),
        Name = Name,
        Method = Method,
        Parts = [.. Parts],
        IncludeColumnIds = [.. IncludeColumnIds],
        Where = Where,
    };

    /// <summary>Whether two candidates describe the same index (names aside).</summary>
    public bool SameIndexAs(IndexCandidate other) =>
        TableId == other.TableId && Method == other.Method && Where == other.Where && Parts.SequenceEqual(other.Parts)
        && IncludeColumnIds.Order().SequenceEqual(other.IncludeColumnIds.Order());
}

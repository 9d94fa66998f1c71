namespace DesignStudio.Core.Analysis.IndexAdvisor;

/// <summary>How a WHERE conjunct restricts a column, which decides where the column goes in an index.</summary>
public enum PredicateKind
{
    /// <summary><c>col = value</c>.</summary>
    Equality,
    /// <summary><c>col &lt; value</c>, <c>&gt;=</c>, <c>BETWEEN</c>.</summary>
    Range,
    /// <summary><c>col IN (...)</c>.</summary>
    In,
    /// <summary><c>col IS NULL</c> / <c>IS NOT NULL</c>.</summary>
    IsNull,
    /// <summary><c>col LIKE 'prefix%'</c> (a range over the prefix).</summary>
    LikePrefix,
    /// <summary>Full-text search: <c>to_tsvector(...) @@ ...</c> or <c>MATCH (...) AGAINST (...)</c>.</summary>
    FullText,
    /// <summary>JSON or array containment and existence: <c>@&gt;</c>, <c>?</c>, <c>&amp;&amp;</c>.</summary>
    JsonOrArray,
    /// <summary>A fixed condition such as <c>is_active = true</c> or <c>deleted_at IS NULL</c>: a partial-index predicate.</summary>
    Constant,
    /// <summary>Anything else on the column (functions, <c>&lt;&gt;</c>, LIKE '%x'): not indexable by a plain B-tree.</summary>
    Other,
}

using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint;

/// <summary>
/// An index, primary key or unique constraint reduced to what decides which lookups it serves: its key parts in
/// order, method, uniqueness, predicate and included columns. The index rules compare these.
/// </summary>
internal sealed class KeyShape
{
    private KeyShape(string objectId, IReadOnlyList<IndexPart> parts, IndexMethod method, bool unique, string? where,
        IReadOnlyCollection<string> includes, Model.Index? index, int position)
    {
        ObjectId = objectId;
        Parts = parts;
        Method = method;
        Unique = unique;
        Where = where;
        Includes = includes;
        Index = index;
        Position = position;
    }

    public string ObjectId { get; }

    public IReadOnlyList<IndexPart> Parts { get; }

    public IndexMethod Method { get; }

    public bool Unique { get; }

    /// <summary>The predicate with white space collapsed, or null.</summary>
    public string? Where { get; }

    public IReadOnlyCollection<string> Includes { get; }

    /// <summary>The index, or null for a primary key or unique constraint.</summary>
    public Model.Index? Index { get; }

    /// <summary>Whether this is a primary key or unique constraint rather than an index.</summary>
    public bool IsConstraint => Index is null;

    /// <summary>Position of an index in its table's index list (-1 for constraints).</summary>
    public int Position { get; }

    public static KeyShape Of(Model.Index ix, int position) => new(ix.Id, ix.Parts, ix.Method, ix.Unique,
        NormalizeSql(ix.Where),
        ix.IncludeColumnIds.Count == 0 ? Array.Empty<string>() : ix.IncludeColumnIds.ToHashSet(StringComparer.Ordinal), ix, position);

    public static KeyShape Of(PrimaryKey pk) => Constraint(pk.Id, pk.ColumnIds);

    public static KeyShape Of(UniqueConstraint u) => Constraint(u.Id, u.ColumnIds);

    /// <summary>The primary key and unique constraints of a table.</summary>
    public static List<KeyShape> ConstraintsOf(Table t)
    {
        var list = new List<KeyShape>(t.Uniques.Count + 1);
        if (t.PrimaryKey is { } pk) list.Add(Of(pk));
        foreach (var u in t.Uniques) list.Add(Of(u));
        return list;
    }

    /// <summary>The indexes of a table.</summary>
    public static List<KeyShape> IndexesOf(Table t)
    {
        var list = new List<KeyShape>(t.Indexes.Count);
        for (var i = 0; i < t.Indexes.Count; i++) list.Add(Of(t.Indexes[i], i));
        return list;
    }

    /// <summary>Whether the leading parts are plain columns forming exactly <paramref name="columnIds"/> (in any order).</summary>
    public bool LeadsWithColumnSet(IReadOnlyCollection<string> columnIds)
    {
        var count = columnIds.Count;
        if (count == 0 || Parts.Count < count) return false;
        for (var i = 0; i < count; i++)
        {
            if (Parts[i].ColumnId is not { } id || !columnIds.Contains(id)) return false;
            for (var j = 0; j < i; j++)
            {
                if (Parts[j].ColumnId == id) return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether this shape's parts are a left prefix of <paramref name="other"/>'s (same columns or expressions and
    /// prefix lengths, in order) with sort directions that are all equal or all reversed (a B-tree scans both ways).
    /// </summary>
    public bool IsLeftPrefixOf(KeyShape other)
    {
        if (Parts.Count == 0 || Parts.Count > other.Parts.Count) return false;
        bool? reversed = null;
        for (var i = 0; i < Parts.Count; i++)
        {
            var a = Parts[i];
            var b = other.Parts[i];
            if (a.ColumnId != b.ColumnId || NormalizeSql(a.Expression) != NormalizeSql(b.Expression) || a.PrefixLength != b.PrefixLength) return false;
            var r = a.Descending != b.Descending;
            reversed ??= r;
            if (reversed != r) return false;
        }
        return true;
    }

    /// <summary>Whether both have the same parts, directions included.</summary>
    public bool HasSamePartsAs(KeyShape other) =>
        Parts.Count == other.Parts.Count && Parts.SequenceEqual(other.Parts, PartComparer.Instance);

    /// <summary>Whether everything this shape includes is stored in <paramref name="other"/> too (as key or included column).</summary>
    public bool IncludesCoveredBy(KeyShape other) => Includes.All(id =>
        other.Includes.Contains(id) || other.Parts.Any(p => p.ColumnId == id));

    public static string? NormalizeSql(string? sql) =>
        sql is null ? null : string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static KeyShape Constraint(string id, ValueList<string> columnIds) => new(id,
        columnIds.Select(c => IndexPart.OfColumn(c)).ToArray(), IndexMethod.BTree, true, null, Array.Empty<string>(), null, -1);

    private sealed class PartComparer : IEqualityComparer<IndexPart>
    {
        public static readonly PartComparer Instance = new();

        public bool Equals(IndexPart? x, IndexPart? y) => x is not null && y is not null
            && x.ColumnId == y.ColumnId && NormalizeSql(x.Expression) == NormalizeSql(y.Expression)
            && x.Descending == y.Descending && x.PrefixLength == y.PrefixLength;

        public int GetHashCode(IndexPart obj) => HashCode.Combine(obj.ColumnId, obj.Descending);
    }
}

using System.Globalization;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.IndexAdvisor;

public sealed partial class CandidateGenerator
{
    private bool Acceptable(IndexCandidate c, QueryAnalysis q, Table table, List<string> equality, List<string> range, List<ColumnPredicate> constants)
    {
        var rows = DataEstimates.Rows(table);
        if (rows < DataEstimates.TinyTableRows)
        {
            skipped.Add(new SkippedCandidate(c, $"{table.Name} holds about {rows} rows: scanning it costs as little as any index."));
            return false;
        }
        var sortWithLimit = q.Limit is not null && SortColumns(q, table).Any();
        var fraction = 1.0;
        foreach (var e in equality) fraction /= DataEstimates.Distinct(design, table, table.GetColumn(e));
        if (range.Count > 0) fraction *= 0.3;
        foreach (var k in constants) fraction /= k.Kind == PredicateKind.IsNull ? 1 : 2;
        if (fraction > MaxMatchingFraction && !sortWithLimit)
        {
            var names = string.Join(", ", equality.Concat(range).Select(x => table.GetColumn(x).Name + " (~" +
                DataEstimates.Distinct(design, table, table.GetColumn(x)).ToString(CultureInfo.InvariantCulture) + " distinct)"));
            skipped.Add(new SkippedCandidate(c, $"Not selective: {names} leaves about {fraction:P0} of {table.Name}; a scan is cheaper."));
            return false;
        }
        return true;
    }

    private List<IndexCandidate> Merge()
    {
        var merged = new List<IndexCandidate>();
        foreach (var c in raw)
        {
            var same = merged.FindIndex(m => m.SameIndexAs(c));
            if (same < 0) { merged.Add(c); continue; }
            var m = merged[same];
            merged[same] = m with
            {
                QueryNumbers = m.QueryNumbers.Union(c.QueryNumbers).Order().ToArray(),
                AlternativeGroup = m.AlternativeGroup is not null && c.AlternativeGroup is not null ? m.AlternativeGroup : null,
            };
        }

        var servedGroups = new HashSet<string>();
        var kept = new List<IndexCandidate>();
        foreach (var c in merged)
        {
            if (ServedBy(c) is { } reason)
            {
                skipped.Add(new SkippedCandidate(c, reason));
                if (c.AlternativeGroup is { } g) servedGroups.Add(g);
            }
            else kept.Add(c);
        }
        kept.RemoveAll(c => c.AlternativeGroup is { } g && servedGroups.Contains(g) && skipped.Any(s => s.Candidate == c) is false
            && Skip(c, "Its alternative order is already served by an existing index."));

        // A candidate whose key is a left prefix of another's (same table, method and predicate) is served by that one.
        for (var a = kept.Count - 1; a >= 0; a--)
        {
            var small = kept[a];
            if (small.AlternativeGroup is not null) continue;
            var big = kept.FindIndex(b => b != small && b.AlternativeGroup is null && Covers(b, small));
            if (big < 0) continue;
            kept[big] = kept[big] with { QueryNumbers = kept[big].QueryNumbers.Union(small.QueryNumbers).Order().ToArray() };
            kept.RemoveAt(a);
        }
        return kept;
    }

    private bool Skip(IndexCandidate c, string reason)
    {
        skipped.Add(new SkippedCandidate(c, reason));
        return true;
    }

    private static bool Covers(IndexCandidate big, IndexCandidate small) =>
        big.TableId == small.TableId && big.Method == small.Method && big.Where == small.Where
        && big.Parts.Count >= small.Parts.Count && big.Parts.Take(small.Parts.Count).SequenceEqual(small.Parts)
        && small.IncludeColumnIds.All(i => big.IncludeColumnIds.Contains(i) || big.KeyColumnIds.Contains(i));

    /// <summary>The existing index, primary key or unique constraint that already serves <paramref name="c"/>, as a reason.</summary>
    private string? ServedBy(IndexCandidate c)
    {
        var table = design.GetTable(c.TableId);
        if (table.PrimaryKey is { } pk && Serves(pk.ColumnIds.Select(x => IndexPart.OfColumn(x)).ToList(), [], null, IndexMethod.BTree, c, table))
            return $"Already served by the primary key {pk.Name ?? "of " + table.Name} (left prefix).";
        foreach (var u in table.Uniques)
        {
            if (Serves(u.ColumnIds.Select(x => IndexPart.OfColumn(x)).ToList(), [], null, IndexMethod.BTree, c, table))
                return $"Already served by the unique constraint {u.Name ?? u.Id} (left prefix).";
        }
        foreach (var i in table.Indexes)
        {
            if (Serves([.. i.Parts], [.. i.IncludeColumnIds], i.Where, i.Method, c, table))
                return $"Already served by the index {i.Name ?? i.Id} (left prefix).";
        }
        return null;
    }

    private bool Serves(List<IndexPart> parts, List<string> include, string? where, IndexMethod method, IndexCandidate c, Table table)
    {
        if (where is not null && Normalize(where) != Normalize(c.Where ?? "")) return false;
        if (c.Method is IndexMethod.Gin or IndexMethod.FullText)
        {
            if (method is not (IndexMethod.Gin or IndexMethod.FullText) || parts.Count != 1) return false;
            var existing = method == IndexMethod.FullText && HasGin && parts[0].ColumnId is { } col
                ? $"to_tsvector('simple', {table.GetColumn(col).Name})" // how the PostgreSQL generator realises full-text
                : parts[0].Expression ?? (parts[0].ColumnId is { } id ? table.GetColumn(id).Name : "");
            var wanted = c.Parts[0].Expression ?? (c.Parts[0].ColumnId is { } cid ? table.GetColumn(cid).Name : "");
            return Normalize(existing) == Normalize(wanted) || !HasGin && method == c.Method && parts[0].ColumnId == c.Parts[0].ColumnId;
        }
        if (method != IndexMethod.BTree || parts.Count < c.Parts.Count) return false;
        var flipped = c.Parts.Count > 0 && parts[0].Descending != c.Parts[0].Descending;
        for (var k = 0; k < c.Parts.Count; k++)
        {
            if (parts[k].ColumnId is null || parts[k].ColumnId != c.Parts[k].ColumnId) return false;
            if ((parts[k].Descending != c.Parts[k].Descending) != flipped) return false;
        }
        var available = parts.Select(p => p.ColumnId).Concat(include).ToHashSet();
        return c.IncludeColumnIds.All(available.Contains);
    }

    private static string Normalize(string sql) =>
        new string(sql.Where(ch => !char.IsWhiteSpace(ch) && ch != '"').ToArray()).ToLowerInvariant().Replace("=true", "", StringComparison.Ordinal);

    private IndexCandidate WithWriteCost(IndexCandidate c)
    {
        var table = design.GetTable(c.TableId);
        var existing = (table.PrimaryKey is null ? 0 : 1) + table.Uniques.Count + table.Indexes.Count;
        var columns = c.Parts.Select(p => p.ColumnId is { } id ? table.GetColumn(id).Name : p.Expression!)
            .Concat(c.IncludeColumnIds.Select(id => table.GetColumn(id).Name));
        var text = $"+1 index on {table.Name}: each INSERT/DELETE and each UPDATE of ({string.Join(", ", columns)}) " +
                   $"maintains {existing + 1} index{(existing + 1 == 1 ? "" : "es")} instead of {existing}.";
        return c with { WriteCost = text };
    }
}

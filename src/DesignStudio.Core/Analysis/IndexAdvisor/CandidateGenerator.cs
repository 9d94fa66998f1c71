using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.IndexAdvisor;

/// <summary>
/// Turns analysed queries into index candidates: composite B-trees in both useful orders (equality-range-sort and
/// equality-sort-range), covering columns (INCLUDE where the dialect has it, trailing key columns elsewhere), partial
/// indexes for constant predicates, GIN / full-text for text search, JSON and arrays. Candidates are merged across
/// queries; those an existing index, primary key or unique constraint already serves (left-prefix rule), those on tiny
/// tables and those that would not be selective are skipped with the reason.
/// </summary>
public sealed partial class CandidateGenerator
{
    /// <summary>A B-tree whose key would still match more than this fraction of the rows is not proposed.</summary>
    public const double MaxMatchingFraction = 0.2;

    private const int MaxIncludedColumns = 3;
    private readonly Design design;
    private readonly string dialect;
    private readonly List<IndexCandidate> raw = [];
    private readonly List<SkippedCandidate> skipped = [];

    private CandidateGenerator(Design design, string dialect)
    {
        this.design = design;
        this.dialect = DialectRegistry.TryGet(dialect)?.Name ?? DialectNames.PostgreSql;
    }

    /// <summary>Candidates for <paramref name="queries"/> (analysed against <paramref name="design"/>).</summary>
    public static (IReadOnlyList<IndexCandidate> Candidates, IReadOnlyList<SkippedCandidate> Skipped) Generate(
        Design design, IReadOnlyList<QueryAnalysis> queries, string dialect = DialectNames.PostgreSql)
    {
        var g = new CandidateGenerator(design, dialect);
        for (var n = 0; n < queries.Count; n++)
        {
            foreach (var tableId in queries[n].TableIds) g.ForTable(n, queries[n], design.GetTable(tableId));
        }
        var merged = g.Merge();
        return (merged.Select(g.WithWriteCost).ToArray(), g.skipped);
    }

    private bool HasInclude => dialect is DialectNames.PostgreSql or DialectNames.SqlServer;

    private bool HasGin => dialect == DialectNames.PostgreSql;

    private void ForTable(int n, QueryAnalysis q, Table table)
    {
        var mine = q.Predicates.Where(p => p.TableId == table.Id).ToList();
        var equality = mine.Where(p => p.Kind == PredicateKind.Equality).Select(p => p.ColumnId)
            .Concat(mine.Where(p => p.Kind == PredicateKind.In).Select(p => p.ColumnId))
            .Concat(q.JoinColumns.Where(j => j.TableId == table.Id && table.Id != q.TableIds[0]).Select(j => j.ColumnId))
            .Distinct().ToList();
        var range = mine.Where(p => p.Kind is PredicateKind.Range or PredicateKind.LikePrefix).Select(p => p.ColumnId)
            .Where(c => !equality.Contains(c)).Distinct().Take(1).ToList();
        var constants = mine.Where(p => p.Kind is PredicateKind.Constant or PredicateKind.IsNull).ToList();
        var where = constants.Count == 0 ? null : string.Join(" AND ", constants.Select(p => p.Text).Distinct());
        var sort = SortColumns(q, table).Where(s => !equality.Contains(s.ColumnId)).ToList();

        foreach (var p in mine.Where(p => p.Kind is PredicateKind.FullText or PredicateKind.JsonOrArray)) TextCandidate(n, table, p);

        if (equality.Count == 0 && range.Count == 0 && sort.Count == 0) return;
        if (equality.Count == 0 && range.Count == 0 && q.Limit is null) return; // a sort of the whole table: no index shortens it
        var include = IncludeColumns(q, table, [.. equality, .. range, .. sort.Select(s => s.ColumnId)], constants);

        var ers = equality.Select(c => IndexPart.OfColumn(c)).Concat(range.Select(c => IndexPart.OfColumn(c)))
            .Concat(sort.Where(s => !range.Contains(s.ColumnId)).Select(s => IndexPart.OfColumn(s.ColumnId, s.Descending))).ToList();
        var group = range.Count > 0 && sort.Any(s => !range.Contains(s.ColumnId)) ? $"q{n}:{table.Id}" : null;
        var first = Candidate(n, table, ers, include, where, group is null ? ShapeOf(equality, range, sort) : "equality-range-sort", group);
        if (!Acceptable(first, q, table, equality, range, constants)) return;
        raw.Add(first);
        if (group is not null)
        {
            var esr = equality.Select(c => IndexPart.OfColumn(c)).Concat(sort.Select(s => IndexPart.OfColumn(s.ColumnId, s.Descending)))
                .Concat(range.Where(r => sort.All(s => s.ColumnId != r)).Select(c => IndexPart.OfColumn(c))).ToList();
            raw.Add(Candidate(n, table, esr, include, where, "equality-sort-range", group) with { Name = first.Name + "_esr" });
        }
    }

    private static string ShapeOf(List<string> equality, List<string> range, List<ColumnRef> sort) =>
        string.Join("-", new[] { equality.Count > 0 ? "equality" : null, range.Count > 0 ? "range" : null, sort.Count > 0 ? "sort" : null }
            .Where(x => x is not null));

    private IEnumerable<ColumnRef> SortColumns(QueryAnalysis q, Table table)
    {
        var order = q.OrderBy.Count > 0 ? q.OrderBy : q.GroupBy;
        return order.Count > 0 && order.All(o => o.TableId == table.Id) && q.TableIds[0] == table.Id ? order : [];
    }

    private List<string> IncludeColumns(QueryAnalysis q, Table table, List<string> key, List<ColumnPredicate> constants)
    {
        if (q.Kind != QueryKind.Select || q.SelectsAll) return [];
        // A lookup that finds about one row saves one heap visit by covering: not worth wider index entries.
        var matched = (double)DataEstimates.Rows(table);
        foreach (var p in q.Predicates.Where(p => p.TableId == table.Id && p.Kind == PredicateKind.Equality))
            matched /= DataEstimates.Distinct(design, table, table.GetColumn(p.ColumnId));
        if (matched <= 1) return [];
        var constantColumns = constants.Select(c => c.ColumnId).ToHashSet();
        var needed = q.SelectedColumns.Where(c => c.TableId == table.Id).Select(c => c.ColumnId)
            .Concat(q.Predicates.Where(p => p.TableId == table.Id && p.Kind == PredicateKind.Other).Select(p => p.ColumnId))
            .Where(c => !key.Contains(c) && !constantColumns.Contains(c)).Distinct().ToList();
        if (needed.Count == 0 || needed.Count > MaxIncludedColumns) return [];
        var wide = needed.Any(c => table.GetColumn(c).Type.Kind is TypeKind.Text or TypeKind.Json or TypeKind.Binary || table.GetColumn(c).Type.IsArray);
        return wide ? [] : needed;
    }

    private IndexCandidate Candidate(int n, Table table, List<IndexPart> parts, List<string> include, string? where, string shape, string? group)
    {
        var keyIds = parts.Select(p => p.ColumnId).ToHashSet();
        if (!HasInclude)
        {
            parts = [.. parts, .. include.Where(c => !keyIds.Contains(c)).Select(c => IndexPart.OfColumn(c))];
            include = [];
        }
        if (where is not null && dialect is DialectNames.MySql or DialectNames.MariaDb) where = null; // no partial indexes there
        var name = "ix_" + table.Name + "_" + string.Join("_", parts.Select(p => table.GetColumn(p.ColumnId!).Name)) + (where is null ? "" : "_partial");
        return new IndexCandidate
        {
            Name = name, TableId = table.Id, Parts = parts, IncludeColumnIds = include, Where = where, Shape = where is null ? shape : shape + ", partial",
            QueryNumbers = [n], AlternativeGroup = group,
        };
    }

    private void TextCandidate(int n, Table table, ColumnPredicate p)
    {
        var column = table.GetColumn(p.ColumnId);
        if (p.Kind == PredicateKind.FullText)
        {
            var part = HasGin && p.Expression is { } e ? new IndexPart { Expression = e } : IndexPart.OfColumn(p.ColumnId);
            raw.Add(new IndexCandidate
            {
                Name = $"ix_{table.Name}_{column.Name}_fts", TableId = table.Id, Method = HasGin ? IndexMethod.Gin : IndexMethod.FullText,
                Parts = [part], Shape = "full-text", QueryNumbers = [n],
            });
        }
        else if (HasGin)
        {
            raw.Add(new IndexCandidate
            {
                Name = $"ix_{table.Name}_{column.Name}_gin", TableId = table.Id, Method = IndexMethod.Gin,
                Parts = [IndexPart.OfColumn(p.ColumnId)], Shape = column.Type.IsArray ? "array" : "json", QueryNumbers = [n],
            });
        }
    }
}

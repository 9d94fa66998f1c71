using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.IndexAdvisor;

/// <summary>The CREATE INDEX statement of a candidate in a dialect.</summary>
public static class CandidateSql
{
    /// <summary>
    /// <c>CREATE INDEX name ON table [USING gin] (parts) [INCLUDE (...)] [WHERE ...]</c> for <paramref name="dialect"/>
    /// (MySQL full-text: <c>CREATE FULLTEXT INDEX</c>).
    /// </summary>
    public static string CreateIndex(Design design, IndexCandidate candidate, string dialect, string? name = null)
    {
        var d = DialectRegistry.TryGet(dialect) ?? DialectRegistry.Get(DialectNames.PostgreSql);
        var table = design.GetTable(candidate.TableId);
        var tableName = (table.Schema is { } s ? d.QuoteIdentifier(s) + "." : "") + d.QuoteIdentifier(table.Name);
        var parts = candidate.Parts.Select(p => p.ColumnId is { } id
            ? d.QuoteIdentifier(table.GetColumn(id).Name) + (p.Descending ? " DESC" : "")
            : "(" + p.Expression + ")");
        var kind = candidate.Method == IndexMethod.FullText && d.Name is DialectNames.MySql or DialectNames.MariaDb ? "FULLTEXT INDEX" : "INDEX";
        var sql = $"CREATE {kind} {d.QuoteIdentifier(name ?? candidate.Name)} ON {tableName}";
        if (candidate.Method == IndexMethod.Gin && d.Name == DialectNames.PostgreSql) sql += " USING gin";
        sql += " (" + string.Join(", ", parts) + ")";
        if (candidate.IncludeColumnIds.Count > 0)
            sql += " INCLUDE (" + string.Join(", ", candidate.IncludeColumnIds.Select(id => d.QuoteIdentifier(table.GetColumn(id).Name))) + ")";
        if (candidate.Where is { } w) sql += " WHERE " + w;
        return sql;
    }
}

using static DesignStudio.Engines.Introspection.SqliteSqlTokens;

namespace DesignStudio.Engines.Introspection;

/// <summary>The key-part texts and WHERE predicate of a SQLite CREATE INDEX statement.</summary>
internal sealed record SqliteIndexDefinition(List<string> Parts, string? Where)
{
    public static SqliteIndexDefinition Parse(string sql)
    {
        var tokens = Tokenize(sql);
        var on = tokens.FindIndex(t => t.Is("ON"));
        var open = on < 0 ? -1 : tokens.FindIndex(on, t => t.IsPunct('('));
        if (open < 0) return new([], null);
        var close = Closing(tokens, open);
        var parts = new List<string>();
        foreach (var (from, to) in SplitItems(tokens, open + 1, close))
        {
            var end = to;
            if (end - 1 > from && (tokens[end - 1].Is("ASC") || tokens[end - 1].Is("DESC"))) end--;
            if (end - 2 > from && tokens[end - 2].Is("COLLATE")) end -= 2;
            parts.Add(sql[tokens[from].Start..tokens[end - 1].End]);
        }
        string? where = null;
        if (close + 1 < tokens.Count && tokens[close + 1].Is("WHERE")) where = sql[tokens[close + 1].End..].Trim().TrimEnd(';').Trim();
        return new(parts, where);
    }
}

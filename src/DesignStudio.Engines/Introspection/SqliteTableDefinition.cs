using static DesignStudio.Engines.Introspection.SqliteSqlTokens;

namespace DesignStudio.Engines.Introspection;

/// <summary>What the pragmas do not tell about a SQLite table, read from its CREATE TABLE text.</summary>
internal sealed class SqliteTableDefinition
{
    public string? PrimaryKeyName { get; private set; }
    public List<(string? Name, string Expression)> Checks { get; } = [];
    public List<(string? Name, List<string> Columns, string Target)> ForeignKeys { get; } = [];
    public List<(string? Name, List<string> Columns)> Uniques { get; } = [];
    public HashSet<string> AutoIncrement { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static SqliteTableDefinition Parse(string sql)
    {
        var definition = new SqliteTableDefinition();
        var tokens = Tokenize(sql);
        var open = tokens.FindIndex(t => t.IsPunct('('));
        if (open < 0) return definition;
        var close = Closing(tokens, open);
        foreach (var (from, to) in SplitItems(tokens, open + 1, close))
        {
            if (from >= to) continue;
            var head = tokens[from];
            if (head.Kind == Kind.Word && (head.Is("CONSTRAINT") || head.Is("PRIMARY") || head.Is("UNIQUE") || head.Is("CHECK") || head.Is("FOREIGN")))
            {
                definition.TableConstraint(sql, tokens, from, to);
            }
            else
            {
                definition.ColumnConstraints(sql, tokens, from, to);
            }
        }
        return definition;
    }

    private void TableConstraint(string sql, List<Token> tokens, int i, int to)
    {
        string? name = null;
        if (tokens[i].Is("CONSTRAINT") && i + 1 < to)
        {
            name = tokens[i + 1].Name;
            i += 2;
        }
        if (i >= to) return;
        var kind = tokens[i];
        var open = tokens.FindIndex(i, to - i, t => t.IsPunct('('));
        if (open < 0) return;
        if (kind.Is("PRIMARY")) PrimaryKeyName = name;
        else if (kind.Is("UNIQUE")) Uniques.Add((name, NameList(tokens, open, out _)));
        else if (kind.Is("CHECK")) Checks.Add((name, Expression(sql, tokens, open)));
        else if (kind.Is("FOREIGN"))
        {
            var columns = NameList(tokens, open, out var close);
            var references = tokens.FindIndex(close, to - close, t => t.Is("REFERENCES"));
            if (references >= 0 && references + 1 < to) ForeignKeys.Add((name, columns, tokens[references + 1].Name));
        }
    }

    private void ColumnConstraints(string sql, List<Token> tokens, int from, int to)
    {
        var column = tokens[from].Name;
        string? name = null;
        for (var i = from + 1; i < to; i++)
        {
            var t = tokens[i];
            if (t.IsPunct('('))
            {
                i = Closing(tokens, i);
                continue;
            }
            if (t.Is("CONSTRAINT") && i + 1 < to)
            {
                name = tokens[++i].Name;
            }
            else if (t.Is("PRIMARY"))
            {
                PrimaryKeyName = name;
                name = null;
            }
            else if (t.Is("AUTOINCREMENT"))
            {
                AutoIncrement.Add(column);
            }
            else if (t.Is("UNIQUE"))
            {
                Uniques.Add((name, [column]));
                name = null;
            }
            else if (t.Is("CHECK") && i + 1 < to && tokens[i + 1].IsPunct('('))
            {
                Checks.Add((name, Expression(sql, tokens, i + 1)));
                i = Closing(tokens, i + 1);
                name = null;
            }
            else if (t.Is("REFERENCES") && i + 1 < to)
            {
                ForeignKeys.Add((name, [column], tokens[++i].Name));
                name = null;
            }
        }
    }

    private static string Expression(string sql, List<Token> tokens, int open)
    {
        var close = Closing(tokens, open);
        return close <= open + 1 ? "" : sql[tokens[open].End..tokens[close].Start].Trim();
    }
}

namespace DesignStudio.Engines.Introspection;

/// <summary>
/// A minimal SQLite tokenizer for the CREATE TABLE / CREATE INDEX text kept in sqlite_schema: enough to find
/// constraint names, CHECK expressions, AUTOINCREMENT and index expressions, which the pragmas do not report.
/// </summary>
internal static class SqliteSqlTokens
{
    internal enum Kind { Word, Identifier, String, Number, Punct }

    internal readonly record struct Token(Kind Kind, string Text, int Start, int End)
    {
        public bool Is(string word) => Kind == Kind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
        public bool IsPunct(char ch) => Kind == Kind.Punct && Text.Length == 1 && Text[0] == ch;

        /// <summary>The name a word or quoted identifier (or string used as one) denotes.</summary>
        public string Name => Kind is Kind.Identifier or Kind.String ? Unquote(Text) : Text;
    }

    public static List<Token> Tokenize(string sql)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < sql.Length)
        {
            var ch = sql[i];
            if (char.IsWhiteSpace(ch)) { i++; continue; }
            if (ch == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                var nl = sql.IndexOf('\n', i);
                i = nl < 0 ? sql.Length : nl + 1;
                continue;
            }
            if (ch == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
            {
                var close = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? sql.Length : close + 2;
                continue;
            }
            var start = i;
            if (ch is '"' or '`' or '[' or '\'')
            {
                var quote = ch == '[' ? ']' : ch;
                i++;
                while (i < sql.Length)
                {
                    if (sql[i] == quote)
                    {
                        if (quote != ']' && i + 1 < sql.Length && sql[i + 1] == quote) { i += 2; continue; }
                        break;
                    }
                    i++;
                }
                i = Math.Min(i + 1, sql.Length);
                tokens.Add(new Token(ch == '\'' ? Kind.String : Kind.Identifier, sql[start..i], start, i));
                continue;
            }
            if (char.IsLetter(ch) || ch == '_')
            {
                while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] is '_' or '$')) i++;
                tokens.Add(new Token(Kind.Word, sql[start..i], start, i));
                continue;
            }
            if (char.IsDigit(ch))
            {
                while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] == '.')) i++;
                tokens.Add(new Token(Kind.Number, sql[start..i], start, i));
                continue;
            }
            tokens.Add(new Token(Kind.Punct, sql[i].ToString(), i, i + 1));
            i++;
        }
        return tokens;
    }

    /// <summary>Index of the token closing the parenthesis at <paramref name="open"/>, or the last token.</summary>
    public static int Closing(List<Token> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            if (tokens[i].IsPunct('(')) depth++;
            else if (tokens[i].IsPunct(')') && --depth == 0) return i;
        }
        return tokens.Count - 1;
    }

    /// <summary>Splits tokens[from..to) at commas outside parentheses.</summary>
    public static List<(int From, int To)> SplitItems(List<Token> tokens, int from, int to)
    {
        var items = new List<(int, int)>();
        var depth = 0;
        var start = from;
        for (var i = from; i < to; i++)
        {
            if (tokens[i].IsPunct('(')) depth++;
            else if (tokens[i].IsPunct(')')) depth--;
            else if (tokens[i].IsPunct(',') && depth == 0)
            {
                items.Add((start, i));
                start = i + 1;
            }
        }
        if (start < to) items.Add((start, to));
        return items;
    }

    /// <summary>Names inside a parenthesised list starting at <paramref name="open"/> (sort orders and collations dropped).</summary>
    public static List<string> NameList(List<Token> tokens, int open, out int close)
    {
        close = Closing(tokens, open);
        var names = new List<string>();
        foreach (var (from, _) in SplitItems(tokens, open + 1, close)) names.Add(tokens[from].Name);
        return names;
    }

    public static string Unquote(string text)
    {
        if (text.Length < 2) return text;
        var (first, last) = (text[0], text[^1]);
        if (first == '[' && last == ']') return text[1..^1];
        if (first is '"' or '`' or '\'' && last == first) return text[1..^1].Replace(new string(first, 2), first.ToString(), StringComparison.Ordinal);
        return text;
    }
}

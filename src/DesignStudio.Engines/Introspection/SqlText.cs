using System.Globalization;
using System.Text;

namespace DesignStudio.Engines.Introspection;

/// <summary>Small lexical helpers for the SQL fragments catalogs return (defaults, check clauses, index parts).</summary>
internal static class SqlText
{
    /// <summary>If <paramref name="text"/> is exactly one quoted string (<c>'…'</c>, doubled quotes escaped), its value.</summary>
    public static bool TryUnquote(string text, char quote, out string value, out string rest, bool backslashEscapes = false)
    {
        value = "";
        rest = "";
        if (text.Length < 2 || text[0] != quote) return false;
        var sb = new StringBuilder();
        for (var i = 1; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == quote)
            {
                if (i + 1 < text.Length && text[i + 1] == quote)
                {
                    sb.Append(quote);
                    i++;
                    continue;
                }
                value = sb.ToString();
                rest = text[(i + 1)..];
                return true;
            }
            if (ch == '\\' && quote == '\'' && i + 1 < text.Length && backslashEscapes)
            {
                sb.Append(text[++i]);
                continue;
            }
            sb.Append(ch);
        }
        return false;
    }

    /// <summary>Whether the text is a plain decimal number such as <c>-1</c>, <c>0.5</c>, <c>1e3</c>.</summary>
    public static bool IsNumber(string text) =>
        text.Length > 0 && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        && !text.Contains("Infinity", StringComparison.OrdinalIgnoreCase) && !text.Contains("NaN", StringComparison.OrdinalIgnoreCase);

    /// <summary>Removes parentheses wrapping the whole text, e.g. <c>((a &gt; 0))</c> → <c>a &gt; 0</c>.</summary>
    public static string StripOuterParentheses(string text)
    {
        var s = text.Trim();
        while (s.Length >= 2 && s[0] == '(' && s[^1] == ')' && ClosingParenthesis(s, 0) == s.Length - 1) s = s[1..^1].Trim();
        return s;
    }

    /// <summary>Index of the parenthesis closing the one at <paramref name="open"/>, skipping quoted text; -1 if none.</summary>
    public static int ClosingParenthesis(string s, int open)
    {
        var depth = 0;
        for (var i = open; i < s.Length; i++)
        {
            var ch = s[i];
            if (ch is '\'' or '"' or '`')
            {
                var end = s.IndexOf(ch, i + 1);
                if (end < 0) return -1;
                i = end;
            }
            else if (ch == '(') depth++;
            else if (ch == ')' && --depth == 0) return i;
        }
        return -1;
    }

    /// <summary>Splits at commas that are outside parentheses and quotes.</summary>
    public static List<string> SplitTopLevel(string s, char separator = ',')
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var ch = s[i];
            if (ch is '\'' or '"' or '`' or '[')
            {
                var close = ch == '[' ? ']' : ch;
                var end = s.IndexOf(close, i + 1);
                if (end < 0) break;
                i = end;
            }
            else if (ch == '(') depth++;
            else if (ch == ')') depth--;
            else if (ch == separator && depth == 0)
            {
                parts.Add(s[start..i].Trim());
                start = i + 1;
            }
        }
        parts.Add(s[start..].Trim());
        return parts;
    }
}

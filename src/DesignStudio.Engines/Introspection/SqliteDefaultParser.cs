using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Introspection;

/// <summary>Turns a SQLite default as written in the table's SQL (<c>pragma table_info.dflt_value</c>) into a <see cref="ColumnDefault"/>.</summary>
public static class SqliteDefaultParser
{
    /// <summary>Parses a default; null for none or NULL.</summary>
    public static ColumnDefault? Parse(string? text)
    {
        if (text is null) return null;
        var s = SqlText.StripOuterParentheses(text);
        var compact = s.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        switch (compact)
        {
            case "null":
                return null;
            case "current_timestamp" or "datetime('now')" or "datetime('now','utc')":
                return ColumnDefault.CurrentTimestamp;
            case "current_date" or "date('now')":
                return ColumnDefault.CurrentDate;
            case "true" or "false":
                return ColumnDefault.Literal(compact);
        }
        if (SqlText.TryUnquote(s, '\'', out var value, out var rest) && rest.Length == 0) return ColumnDefault.Literal(value);
        var number = s.StartsWith('+') ? s[1..] : s;
        if (SqlText.IsNumber(number)) return ColumnDefault.Literal(number);
        return ColumnDefault.Expression(s);
    }
}

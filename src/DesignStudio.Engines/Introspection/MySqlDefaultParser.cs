using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Introspection;

/// <summary>
/// Turns <c>information_schema.COLUMNS.COLUMN_DEFAULT</c> into a <see cref="ColumnDefault"/>. MariaDB (10.2.7+)
/// prints defaults as SQL (<c>'draft'</c>, <c>0</c>, <c>NULL</c>, <c>current_timestamp()</c>); MySQL 8 prints
/// literals bare and marks expressions with <c>DEFAULT_GENERATED</c> in EXTRA.
/// </summary>
public static class MySqlDefaultParser
{
    /// <summary>Parses a default; null for none or NULL.</summary>
    /// <param name="text">COLUMN_DEFAULT.</param>
    /// <param name="isMariaDb">Whether the server is MariaDB (defaults printed as SQL).</param>
    /// <param name="isExpression">MySQL: EXTRA contains DEFAULT_GENERATED.</param>
    /// <param name="type">The column's logical type (booleans read as true/false).</param>
    public static ColumnDefault? Parse(string? text, bool isMariaDb, bool isExpression, LogicalType type)
    {
        if (text is null) return null;
        var s = text.Trim();
        var function = Function(s);
        if (function is not null) return function;
        if (isMariaDb || isExpression)
        {
            if (s.Equals("NULL", StringComparison.OrdinalIgnoreCase)) return null;
            if (SqlText.TryUnquote(s, '\'', out var value, out var rest, backslashEscapes: true) && rest.Length == 0) return Literal(value, type);
            if (SqlText.IsNumber(s)) return Literal(s, type);
            if (!isMariaDb) return ColumnDefault.Expression(SqlText.StripOuterParentheses(s));
            return ColumnDefault.Expression(s);
        }
        return Literal(s, type);
    }

    private static ColumnDefault? Function(string s)
    {
        var lower = SqlText.StripOuterParentheses(s).ToLowerInvariant();
        var open = lower.IndexOf('(');
        var name = open > 0 && lower.EndsWith(')') ? lower[..open] : lower;
        var args = open > 0 && lower.EndsWith(')') ? lower[(open + 1)..^1].Trim() : "";
        if (args.Length > 0 && !args.All(char.IsDigit)) return null;
        return name switch
        {
            "current_timestamp" or "now" or "localtimestamp" or "localtime" => ColumnDefault.CurrentTimestamp,
            "curdate" or "current_date" => ColumnDefault.CurrentDate,
            "uuid" when args.Length == 0 => ColumnDefault.RandomUuid,
            _ => null,
        };
    }

    private static ColumnDefault Literal(string value, LogicalType type) =>
        type.Kind == TypeKind.Boolean && value is "0" or "1" or "b'0'" or "b'1'"
            ? ColumnDefault.Literal(value.Contains('1', StringComparison.Ordinal) ? "true" : "false")
            : ColumnDefault.Literal(value);
}

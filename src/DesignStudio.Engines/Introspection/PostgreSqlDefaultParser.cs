using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Introspection;

/// <summary>
/// Turns a PostgreSQL default expression as <c>pg_get_expr</c> prints it into a <see cref="ColumnDefault"/>:
/// <c>now()</c> / <c>CURRENT_TIMESTAMP</c>, <c>gen_random_uuid()</c>, literals (also with casts such as
/// <c>'draft'::post_status</c> or <c>(-1)</c>); everything else is kept as an expression.
/// </summary>
public static class PostgreSqlDefaultParser
{
    /// <summary>Parses a default; null for no default or an explicit NULL.</summary>
    public static ColumnDefault? Parse(string? expression)
    {
        if (expression is null) return null;
        var text = expression.Trim();
        if (text.Length == 0) return null;
        switch (text.ToLowerInvariant())
        {
            case "now()" or "current_timestamp" or "transaction_timestamp()" or "localtimestamp"
                or "current_timestamp(6)" or "('now'::text)::timestamp with time zone" or "('now'::text)::timestamp without time zone":
                return ColumnDefault.CurrentTimestamp;
            case "current_date" or "('now'::text)::date":
                return ColumnDefault.CurrentDate;
            case "gen_random_uuid()" or "uuid_generate_v4()" or "public.gen_random_uuid()" or "public.uuid_generate_v4()":
                return ColumnDefault.RandomUuid;
        }
        var stripped = StripCasts(SqlText.StripOuterParentheses(text));
        if (stripped.Equals("NULL", StringComparison.OrdinalIgnoreCase)) return null;
        if (stripped is "true" or "false") return ColumnDefault.Literal(stripped);
        var number = SqlText.StripOuterParentheses(stripped);
        if (SqlText.IsNumber(number)) return ColumnDefault.Literal(number);
        if (SqlText.TryUnquote(stripped, '\'', out var value, out var rest) && rest.Length == 0) return ColumnDefault.Literal(value);
        return ColumnDefault.Expression(text);
    }

    /// <summary>
    /// The sequence of a <c>nextval('seq'::regclass)</c> default, as the regclass text (e.g. <c>actor_actor_id_seq</c>),
    /// or null when the default is something else.
    /// </summary>
    public static string? NextvalSequence(string? expression)
    {
        if (expression is null || !expression.StartsWith("nextval(", StringComparison.Ordinal) || !expression.EndsWith(')')) return null;
        var inner = expression["nextval(".Length..^1];
        if (!SqlText.TryUnquote(inner, '\'', out var name, out var rest)) return null;
        return rest is "::regclass" or "" ? name : null;
    }

    // "'draft'::post_status" → "'draft'"; "(0)::numeric" → "(0)"; "'{}'::text[]" → "'{}'". Only trailing casts.
    private static string StripCasts(string text)
    {
        var s = text;
        while (true)
        {
            var cast = LastTopLevelCast(s);
            if (cast < 0) return s;
            s = SqlText.StripOuterParentheses(s[..cast]);
        }
    }

    private static int LastTopLevelCast(string s)
    {
        var depth = 0;
        var last = -1;
        for (var i = 0; i < s.Length; i++)
        {
            var ch = s[i];
            if (ch is '\'' or '"')
            {
                var end = i + 1;
                while (end < s.Length)
                {
                    if (s[end] == ch && (end + 1 >= s.Length || s[end + 1] != ch)) break;
                    end += s[end] == ch ? 2 : 1;
                }
                i = end;
            }
            else if (ch == '(') depth++;
            else if (ch == ')') depth--;
            else if (ch == ':' && depth == 0 && i + 1 < s.Length && s[i + 1] == ':')
            {
                last = i;
                i++;
            }
        }
        // Only a cast to a plain type name counts: "'a'::text || 'b'" is an expression, not a literal.
        if (last < 0) return -1;
        var type = s[(last + 2)..];
        foreach (var ch in type)
        {
            if (!(char.IsLetterOrDigit(ch) || ch is ' ' or '_' or '"' or '.' or '[' or ']' or '(' or ')' or ',')) return -1;
        }
        return last;
    }
}

using System.Text;

namespace DesignStudio.Core.Import;

/// <summary>Unquoting of identifier and string tokens.</summary>
internal static class SqlText
{
    public static string Unquote(string src, SqlToken t, bool backslashEscapes)
    {
        if (t.Length == 0) return "";
        var s = src.AsSpan(t.Start, t.Length);
        switch (t.Kind)
        {
            case SqlTokenKind.QuotedIdentifier:
                return s[0] switch
                {
                    '"' => Between(s, '"', false),
                    '`' => Between(s, '`', false),
                    '[' => Between(s, ']', false, 1),
                    _ => s.ToString(),
                };
            case SqlTokenKind.String:
                if (s[0] == '$')
                {
                    var tagEnd = s[1..].IndexOf('$') + 1;
                    var tag = s[..(tagEnd + 1)];
                    return s.Length >= 2 * tag.Length && s.EndsWith(tag) ? s[tag.Length..^tag.Length].ToString() : s[tag.Length..].ToString();
                }
                if (s[0] is 'E' or 'e') return Between(s[1..], '\'', true);
                if (s[0] is 'N' or 'n' or 'X' or 'x' or 'B' or 'b') return Between(s[1..], '\'', false);
                return Between(s, s[0], backslashEscapes);
            default:
                return s.ToString();
        }
    }

    private static string Between(ReadOnlySpan<char> s, char close, bool backslash, int openLength = 1)
    {
        if (s.Length < openLength) return "";
        var inner = s[openLength..];
        if (inner.Length > 0 && inner[^1] == close) inner = inner[..^1];
        if (inner.IndexOf(close) < 0 && (!backslash || inner.IndexOf('\\') < 0)) return inner.ToString();
        var sb = new StringBuilder(inner.Length);
        for (var k = 0; k < inner.Length; k++)
        {
            var c = inner[k];
            if (c == close && k + 1 < inner.Length && inner[k + 1] == close) { sb.Append(c); k++; continue; }
            if (backslash && c == '\\' && k + 1 < inner.Length)
            {
                k++;
                sb.Append(inner[k] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', var x => x });
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}

using System.Globalization;
using System.Text;

namespace DesignStudio.Core.Exports;

/// <summary>Quoting and escaping for DBML output.</summary>
internal static class DbmlText
{
    /// <summary>A name as DBML needs it: bare when it is a plain identifier, else a "quoted name" with escapes.</summary>
    public static string Name(string name) => IsPlainIdentifier(name) ? name : "\"" + Escape(name, '"') + "\"";

    /// <summary>A 'string' with escapes (quotes, backslashes, line breaks and control characters).</summary>
    public static string String(string value) => "'" + Escape(value, '\'') + "'";

    /// <summary>An `expression`, or null when the text holds a backtick (DBML expressions have no escape).</summary>
    public static string? Expression(string sql) => sql.Contains('`') ? null : "`" + sql + "`";

    /// <summary>A // comment line: line breaks become spaces so the comment cannot end early.</summary>
    public static string Comment(string text) =>
        "// " + text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');

    public static bool IsPlainIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_')) return false;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_') return false;
        }
        return true;
    }

    private static string Escape(string value, char quote)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                default:
                    if (c == quote) sb.Append('\\').Append(c);
                    else if (char.IsControl(c)) sb.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }
}

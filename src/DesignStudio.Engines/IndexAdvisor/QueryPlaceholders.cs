using System.Text;
using System.Text.RegularExpressions;
using DesignStudio.Core.Model;

namespace DesignStudio.Engines.IndexAdvisor;

/// <summary>
/// Replaces the placeholders of a workload query (<c>?</c>, <c>$1</c>, <c>:name</c>, <c>@name</c>) with literals an
/// engine can plan: MySQL's EXPLAIN takes no parameters. A LIMIT/OFFSET count becomes <c>20</c>; any other value the
/// string <c>'2020-01-01'</c>, which MySQL converts to whatever the compared column holds (number, date or text), so
/// the comparison stays sargable. When the design is given, a value compared with a column of a known type gets a
/// literal of that type instead (<c>1</c> for numbers and booleans, <c>'v1'</c> for text), so a two-valued flag plans
/// as unselective as it is. Quoted strings, quoted identifiers and comments are left alone.
/// </summary>
public static partial class QueryPlaceholders
{
    /// <summary>The literal for values.</summary>
    public const string ValueLiteral = "'2020-01-01'";

    /// <summary><paramref name="sql"/> with every placeholder replaced.</summary>
    public static string Bind(string sql, Design? design = null)
    {
        var o = new StringBuilder(sql.Length + 16);
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (c is '\'' or '"' or '`')
            {
                var end = sql.IndexOf(c, i + 1);
                while (end > 0 && end + 1 < sql.Length && sql[end + 1] == c) end = sql.IndexOf(c, end + 2);
                end = end < 0 ? sql.Length : end + 1;
                o.Append(sql, i, end - i);
                i = end;
            }
            else if (c == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                var end = sql.IndexOf('\n', i);
                end = end < 0 ? sql.Length : end;
                o.Append(sql, i, end - i);
                i = end;
            }
            else if (c == '?' || (c is '$' or ':' or '@' && i + 1 < sql.Length && char.IsLetterOrDigit(sql[i + 1]) && !Word(sql, i - 1) && !(c == ':' && Prev(sql, i) == ':')))
            {
                var end = i + 1;
                if (c != '?') while (end < sql.Length && (char.IsLetterOrDigit(sql[end]) || sql[end] == '_')) end++;
                o.Append(AfterLimit(o) ? "20" : Literal(o, design));
                i = end;
            }
            else
            {
                o.Append(c);
                i++;
            }
        }
        return o.ToString();
    }

    private static string Literal(StringBuilder o, Design? design)
    {
        if (design is null || ComparedColumn().Match(o.ToString()) is not { Success: true } m) return ValueLiteral;
        var name = m.Groups[1].Value.Trim('`', '"', '[', ']');
        var type = design.Tables.Select(t => t.FindColumnByName(name)).FirstOrDefault(c => c is not null)?.Type;
        return type?.Kind switch
        {
            TypeKind.Boolean or TypeKind.Int16 or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Decimal or TypeKind.Float32 or TypeKind.Float64 => "1",
            TypeKind.Varchar or TypeKind.Char or TypeKind.Text or TypeKind.Enum => "'v1'",
            _ => ValueLiteral,
        };
    }

    [GeneratedRegex(@"([A-Za-z_][\w$]*|`[^`]+`|""[^""]+"")\s*(?:=|<>|!=|<=|>=|<|>|\bLIKE|\bIN\s*\(|\bBETWEEN)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedColumn();

    private static bool Word(string s, int at) => at >= 0 && (char.IsLetterOrDigit(s[at]) || s[at] == '_');

    private static char Prev(string s, int at) => at > 0 ? s[at - 1] : ' ';

    private static bool AfterLimit(StringBuilder o)
    {
        var text = o.ToString().TrimEnd();
        if (text.EndsWith(',')) text = text[..^1].TrimEnd().TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').TrimEnd();
        return text.EndsWith("LIMIT", StringComparison.OrdinalIgnoreCase) || text.EndsWith("OFFSET", StringComparison.OrdinalIgnoreCase);
    }
}

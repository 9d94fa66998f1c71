using System.Text;

namespace DesignStudio.Core.Analysis.Lint.Naming;

/// <summary>Splits identifiers into lower-case words and joins words in a given case style.</summary>
public static class IdentifierWords
{
    /// <summary>
    /// The words of an identifier in lower case: <c>OrderItems</c>, <c>order_items</c> and <c>orderItems</c> all give
    /// <c>order</c>, <c>items</c>; <c>HTTPRequest</c> gives <c>http</c>, <c>request</c>.
    /// </summary>
    public static IReadOnlyList<string> Split(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var ch = name[i];
            if (!char.IsLetterOrDigit(ch))
            {
                Flush(words, current);
                continue;
            }
            if (current.Length > 0 && char.IsUpper(ch))
            {
                var prev = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                // A hump starts a word after a lower-case letter or digit, or ends an acronym before a lower-case letter.
                if (char.IsLower(prev) || char.IsDigit(prev) || (char.IsUpper(prev) && nextIsLower)) Flush(words, current);
            }
            current.Append(char.ToLowerInvariant(ch));
        }
        Flush(words, current);
        return words;
    }

    /// <summary>Joins words in the given style (<see cref="IdentifierCase.Any"/> and Inferred give snake_case).</summary>
    public static string Join(IEnumerable<string> words, IdentifierCase style)
    {
        var list = words.Where(w => w.Length > 0).Select(w => w.ToLowerInvariant()).ToList();
        return style switch
        {
            IdentifierCase.PascalCase => string.Concat(list.Select(Capitalize)),
            IdentifierCase.CamelCase => string.Concat(list.Select((w, i) => i == 0 ? w : Capitalize(w))),
            _ => string.Join("_", list),
        };
    }

    /// <summary>Converts an identifier to the given style.</summary>
    public static string Convert(string name, IdentifierCase style) => Join(Split(name), style);

    /// <summary>Whether <paramref name="name"/> is written in <paramref name="style"/>.</summary>
    public static bool Matches(string name, IdentifierCase style)
    {
        if (name.Length == 0) return false;
        switch (style)
        {
            case IdentifierCase.SnakeCase:
                if (!char.IsAsciiLetterLower(name[0]) || name[^1] == '_') return false;
                for (var i = 1; i < name.Length; i++)
                {
                    var c = name[i];
                    if (c == '_' ? name[i - 1] == '_' : !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))) return false;
                }
                return true;
            case IdentifierCase.PascalCase:
                return char.IsAsciiLetterUpper(name[0]) && AllLettersOrDigits(name);
            case IdentifierCase.CamelCase:
                return char.IsAsciiLetterLower(name[0]) && AllLettersOrDigits(name);
            default:
                return true;
        }
    }

    private static bool AllLettersOrDigits(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        }
        return true;
    }

    private static string Capitalize(string w) => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..];

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length == 0) return;
        words.Add(current.ToString());
        current.Clear();
    }
}

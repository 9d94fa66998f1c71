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
        return style switch
        {
            IdentifierCase.SnakeCase => name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')
                && char.IsLower(name[0]) && !name.Contains("__", StringComparison.Ordinal) && !name.EndsWith('_'),
            IdentifierCase.PascalCase => char.IsUpper(name[0]) && name.All(char.IsAsciiLetterOrDigit),
            IdentifierCase.CamelCase => char.IsLower(name[0]) && name.All(char.IsAsciiLetterOrDigit),
            _ => true,
        };
    }

    private static string Capitalize(string w) => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..];

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length == 0) return;
        words.Add(current.ToString());
        current.Clear();
    }
}

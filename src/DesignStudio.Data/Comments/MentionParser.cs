using System.Text.RegularExpressions;

namespace DesignStudio.Data.Comments;

/// <summary>
/// Finds <c>@username</c> mentions in a comment body: an <c>@</c> at the start or after a character that cannot be part
/// of an address, followed by the characters Identity allows in user names (letters, digits, <c>-._+</c> and an
/// email-style <c>@domain</c>). A trailing full stop is punctuation, not part of the name.
/// </summary>
public static partial class MentionParser
{
    /// <summary>The distinct names mentioned in <paramref name="body"/>, in order of first appearance.</summary>
    public static IReadOnlyList<string> Names(string body)
    {
        var names = new List<string>();
        foreach (Match match in Mention().Matches(body ?? ""))
        {
            var name = match.Groups[1].Value.TrimEnd('.', '-');
            if (name.Length > 0 && !names.Contains(name, StringComparer.OrdinalIgnoreCase)) names.Add(name);
        }
        return names;
    }

    [GeneratedRegex(@"(?<![\w.+\-@])@([\w.+\-]+(?:@[\w\-]+(?:\.[\w\-]+)+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}

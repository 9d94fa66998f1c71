using System.Globalization;
using System.Text.RegularExpressions;

namespace DesignStudio.Data.Activity;

/// <summary>
/// The activity-log sentence for a run of live edits, "Edited the design (changes 12–40): AddTable, RenameTable", and
/// back, so a later run by the same person extends the entry.
/// </summary>
internal static partial class LiveEditSummary
{
    public sealed record Parsed(long First, long Last, IReadOnlyList<string> Kinds);

    public static string Describe(long first, long last, IEnumerable<string> kinds)
    {
        var range = first == last
            ? "change " + first.ToString(CultureInfo.InvariantCulture)
            : $"changes {first.ToString(CultureInfo.InvariantCulture)}–{last.ToString(CultureInfo.InvariantCulture)}";
        var names = string.Join(", ", kinds.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal));
        return $"Edited the design ({range})" + (names.Length > 0 ? ": " + names : "");
    }

    public static Parsed? Parse(string summary)
    {
        var match = Pattern().Match(summary);
        if (!match.Success) return null;
        var first = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var last = match.Groups[2].Success ? long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : first;
        var kinds = match.Groups[3].Success
            ? match.Groups[3].Value.TrimEnd('…').Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        return new Parsed(first, last, kinds);
    }

    [GeneratedRegex(@"^Edited the design \(changes? (\d+)(?:–(\d+))?\)(?:: (.*))?$", RegexOptions.Singleline)]
    private static partial Regex Pattern();
}

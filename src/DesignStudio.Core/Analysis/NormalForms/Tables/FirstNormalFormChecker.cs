using System.Text.RegularExpressions;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.NormalForms.Tables;

/// <summary>
/// First-normal-form checks on a table's shape (numbered column families, array and JSON columns, composite
/// name/address columns) and, when sample rows are given, on its values (comma-, semicolon- or pipe-separated lists).
/// </summary>
public static partial class FirstNormalFormChecker
{
    private static readonly HashSet<string> NumberedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "sha", "md", "utf", "ipv", "int", "base", "float", "x", "y", "z", "crc", "ucs", "iso", "oauth",
    };

    private static readonly string[] NameParts = ["first_name", "firstname", "given_name", "last_name", "lastname", "family_name", "surname"];
    private static readonly string[] AddressParts = ["street", "street_address", "address_line_1", "address_line1", "address1", "city", "town", "zip", "zip_code", "postal_code", "postcode"];

    [GeneratedRegex(@"^(?<stem>.*?[A-Za-z])_?(?<n>\d+)$")]
    private static partial Regex NumberedName();

    [GeneratedRegex(@"^(full_?name|name_full|complete_name)$", RegexOptions.IgnoreCase)]
    private static partial Regex FullName();

    [GeneratedRegex(@"^((full|mailing|postal|billing|shipping|home|street|postal)_?)?address$", RegexOptions.IgnoreCase)]
    private static partial Regex AddressName();

    [GeneratedRegex(@"(_list|_csv|_ids)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListName();

    /// <summary>Checks <paramref name="table"/>; <paramref name="sample"/> optionally holds rows of values in column order.</summary>
    public static IReadOnlyList<FirstNormalFormFinding> Check(Table table, IReadOnlyList<IReadOnlyList<string?>>? sample = null)
    {
        var findings = new List<FirstNormalFormFinding>();
        RepeatingGroups(table, findings);
        foreach (var c in table.Columns)
        {
            if (c.Type.IsArray)
                findings.Add(new("NF102", [c.Id], $"{c.Name} is an array: one row holds a list of values.",
                    $"Move the values to a child table with one row per value and a foreign key to {table.Name}.", true));
            else if (c.Type.Kind == TypeKind.Json)
                findings.Add(new("NF102", [c.Id], $"{c.Name} holds JSON documents, which may hide lists or nested records.",
                    "If queries filter on or join to its elements, store them in their own table.", false));
            else if (ListName().IsMatch(c.Name) && IsText(c.Type))
                findings.Add(new("NF102", [c.Id], $"{c.Name} is a text column whose name says it stores a list.",
                    "Store one value per row in a child table.", true));
        }
        Composite(table, findings);
        if (sample is not null) SeparatedValues(table, sample, findings);
        return findings;
    }

    /// <summary>
    /// The value checks alone (list-valued text, NF104) on sample rows whose columns are named by
    /// <paramref name="sampleColumns"/> (a CSV header or the columns read from a database), matched to the table's
    /// columns by name, case-insensitively; sample columns the table lacks are ignored.
    /// </summary>
    public static IReadOnlyList<FirstNormalFormFinding> CheckSampleValues(Table table, IReadOnlyList<string> sampleColumns, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        var source = new int[table.Columns.Count];
        for (var i = 0; i < source.Length; i++)
        {
            source[i] = -1;
            for (var j = 0; j < sampleColumns.Count && source[i] < 0; j++)
            {
                if (string.Equals(sampleColumns[j], table.Columns[i].Name, StringComparison.OrdinalIgnoreCase)) source[i] = j;
            }
        }
        var inTableOrder = rows.Select(r => (IReadOnlyList<string?>)source.Select(j => j >= 0 && j < r.Count ? r[j] : null).ToArray()).ToList();
        var findings = new List<FirstNormalFormFinding>();
        SeparatedValues(table, inTableOrder, findings);
        return findings;
    }

    private static void RepeatingGroups(Table table, List<FirstNormalFormFinding> findings)
    {
        var groups = new Dictionary<string, List<(Column Column, int N)>>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var c in table.Columns)
        {
            var m = NumberedName().Match(c.Name);
            if (!m.Success || !int.TryParse(m.Groups["n"].Value, out var n)) continue;
            var stem = m.Groups["stem"].Value;
            var lastWord = stem.Split('_')[^1];
            if (NumberedWords.Contains(lastWord)) continue;
            if (!groups.TryGetValue(stem, out var list))
            {
                groups[stem] = list = [];
                order.Add(stem);
            }
            list.Add((c, n));
        }
        foreach (var stem in order)
        {
            var list = groups[stem];
            if (list.Count < 2 || list.Select(x => x.N).Distinct().Count() < 2) continue;
            var names = string.Join(", ", list.Select(x => x.Column.Name));
            findings.Add(new("NF101", list.Select(x => x.Column.Id).ToValueList(),
                $"{names} form a repeating group: the same fact numbered across columns, so a row holds at most {list.Count} and queries must look in each.",
                $"Move {stem} to a child table with one row per value (and a position column if order matters).", true));
        }
    }

    private static void Composite(Table table, List<FirstNormalFormFinding> findings)
    {
        bool Has(string[] names) => table.Columns.Any(c => names.Contains(c.Name, StringComparer.OrdinalIgnoreCase));
        foreach (var c in table.Columns)
        {
            if (!IsText(c.Type)) continue;
            if (FullName().IsMatch(c.Name) && !Has(NameParts))
                findings.Add(new("NF103", [c.Id], $"{c.Name} holds a whole name in one value, and the table has no first or last name columns.",
                    "If you sort, search or address people by part of the name, store the parts in their own columns.", false));
            else if (AddressName().IsMatch(c.Name) && !Has(AddressParts))
                findings.Add(new("NF103", [c.Id], $"{c.Name} holds a whole address in one value, and the table has no street, city or postal code columns.",
                    "If you filter or group by city or postal code, store the parts in their own columns.", false));
        }
    }

    private static void SeparatedValues(Table table, IReadOnlyList<IReadOnlyList<string?>> sample, List<FirstNormalFormFinding> findings)
    {
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var c = table.Columns[i];
            if (!IsText(c.Type)) continue;
            int seen = 0, listLike = 0;
            foreach (var row in sample)
            {
                if (i >= row.Count || string.IsNullOrWhiteSpace(row[i])) continue;
                seen++;
                if (LooksLikeList(row[i]!)) listLike++;
            }
            if (seen >= 3 && listLike * 10 >= seen * 3)
                findings.Add(new("NF104", [c.Id], $"{c.Name} holds separated lists in {listLike} of {seen} sample values (e.g. \"a, b, c\").",
                    "Store one value per row in a child table.", true));
        }
    }

    private static bool LooksLikeList(string value)
    {
        foreach (var sep in new[] { ',', ';', '|' })
        {
            var parts = value.Split(sep);
            if (parts.Length < 2) continue;
            // "1,234.50" is a number and "Hello, world. Bye." is prose, not lists.
            if (parts.All(p => p.Trim().Length > 0 && p.Trim().Length <= 40 && !p.Contains(". ")) && !double.TryParse(value, System.Globalization.NumberStyles.Any, System.Globalization.CultureInfo.InvariantCulture, out _))
                return true;
        }
        return false;
    }

    private static bool IsText(LogicalType t) => !t.IsArray && t.Kind is TypeKind.Text or TypeKind.Varchar or TypeKind.Char;
}

namespace DesignStudio.Core.Import;

/// <summary>
/// The ids of a table's columns by name during assembly (case-insensitive; a repeated name resolves to its first column).
/// Narrow tables are scanned; only a wide one gets a dictionary, so assembling a large design does not hold a dictionary
/// per table while the heap is at its largest.
/// </summary>
internal sealed class ColumnIdMap(List<ColumnDraft> columns, string[] ids)
{
    private const int ScanLimit = 16;
    private Dictionary<string, string>? byName;

    /// <summary>The id of the first column named <paramref name="name"/>.</summary>
    public bool TryGetValue(string name, out string id)
    {
        if (columns.Count <= ScanLimit)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (!string.Equals(columns[i].Name, name, StringComparison.OrdinalIgnoreCase)) continue;
                id = ids[i];
                return true;
            }
            id = "";
            return false;
        }
        if (byName is null)
        {
            byName = new Dictionary<string, string>(columns.Count, StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < columns.Count; i++) byName.TryAdd(columns[i].Name, ids[i]);
        }
        return byName.TryGetValue(name, out id!);
    }

    /// <summary>The id of the first column named <paramref name="name"/>; the name must be one of the table's.</summary>
    public string this[string name] => TryGetValue(name, out var id) ? id : throw new KeyNotFoundException(name);
}

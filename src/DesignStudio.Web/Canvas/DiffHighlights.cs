namespace DesignStudio.Web.Canvas;

/// <summary>
/// Which tables, columns and foreign-key links the canvas colours as added, removed or changed; columns are keyed by
/// table id and column id, links by foreign-key id.
/// </summary>
public sealed record DiffHighlights(IReadOnlyDictionary<string, DiffMark> Tables, IReadOnlyDictionary<(string TableId, string ColumnId), DiffMark> Columns)
{
    /// <summary>No highlights.</summary>
    public static DiffHighlights None { get; } = new(new Dictionary<string, DiffMark>(), new Dictionary<(string, string), DiffMark>());

    /// <summary>Foreign keys added, removed or changed, by foreign-key id.</summary>
    public IReadOnlyDictionary<string, DiffMark> Links { get; init; } = new Dictionary<string, DiffMark>();

    /// <summary>The mark of a foreign key's link, if any.</summary>
    public DiffMark? LinkMark(string foreignKeyId) => Links.TryGetValue(foreignKeyId, out var m) ? m : null;

    /// <summary>The stroke colour of a link with <paramref name="mark"/>: the same green, red and amber as the tables.</summary>
    public static string LinkColor(DiffMark mark) => mark switch
    {
        DiffMark.Added => "#2e7d32",
        DiffMark.Removed => "#c62828",
        _ => "#f9a825",
    };

    /// <summary>The mark of a table, if any.</summary>
    public DiffMark? TableMark(string tableId) => Tables.TryGetValue(tableId, out var m) ? m : null;

    /// <summary>The marks of a table's columns, by column id.</summary>
    public IReadOnlyDictionary<string, DiffMark> ColumnMarks(string tableId) =>
        Columns.Where(c => c.Key.TableId == tableId).ToDictionary(c => c.Key.ColumnId, c => c.Value);

    /// <summary>The CSS class suffix and the words read out for a mark.</summary>
    public static string Word(DiffMark mark) => mark switch
    {
        DiffMark.Added => "added",
        DiffMark.Removed => "removed",
        _ => "changed",
    };
}

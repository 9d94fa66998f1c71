using DesignStudio.Core.Model;

namespace DesignStudio.Engines.Introspection;

/// <summary>A table being assembled from catalog rows; columns are found by name or engine position.</summary>
internal sealed class TableDraft(string? schema, string name)
{
    private readonly Dictionary<string, string> idsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> idsByPosition = [];

    public string? Schema { get; } = schema;
    public string Name { get; } = name;
    public string Id { get; } = CatalogIds.Table(schema, name);
    public string QualifiedName => Schema is null ? Name : Schema + "." + Name;
    public string Path => "tables/" + QualifiedName;
    public string? Comment { get; set; }
    public long? RowEstimate { get; set; }
    public List<Column> Columns { get; } = [];
    public PrimaryKey? PrimaryKey { get; set; }
    public List<UniqueConstraint> Uniques { get; } = [];
    public List<CheckConstraint> Checks { get; } = [];
    public List<ForeignKey> ForeignKeys { get; } = [];
    public List<Core.Model.Index> Indexes { get; } = [];
    public string? UpdatedAtColumnId { get; set; }

    public string ColumnIdFor(string column) => CatalogIds.Column(Schema, Name, column);

    public void AddColumn(Column column, int? position = null)
    {
        Columns.Add(column);
        idsByName[column.Name] = column.Id;
        if (position is { } p) idsByPosition[p] = column.Id;
    }

    public string? FindColumnId(string column) => idsByName.GetValueOrDefault(column);

    public string? FindColumnId(int position) => idsByPosition.GetValueOrDefault(position);

    public Column? FindColumn(string column) => Columns.Find(c => c.Name == column);

    public void ReplaceColumn(Column column)
    {
        var i = Columns.FindIndex(c => c.Id == column.Id);
        if (i >= 0) Columns[i] = column;
    }

    /// <summary>Resolves column names to ids; null when any is missing.</summary>
    public ValueList<string>? ColumnIds(IEnumerable<string> names)
    {
        var ids = new List<string>();
        foreach (var n in names)
        {
            if (FindColumnId(n) is not { } id) return null;
            ids.Add(id);
        }
        return ids.ToValueList();
    }

    /// <summary>Resolves engine column positions to ids; null when any is missing.</summary>
    public ValueList<string>? ColumnIds(IEnumerable<int> positions)
    {
        var ids = new List<string>();
        foreach (var p in positions)
        {
            if (FindColumnId(p) is not { } id) return null;
            ids.Add(id);
        }
        return ids.ToValueList();
    }

    public Table Build() => new()
    {
        Id = Id,
        Name = Name,
        Schema = Schema,
        Comment = Comment,
        RowEstimate = RowEstimate,
        Columns = Columns.ToValueList(),
        PrimaryKey = PrimaryKey,
        Uniques = Uniques.OrderBy(u => u.Name, StringComparer.Ordinal).ToValueList(),
        Checks = Checks.OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Expression, StringComparer.Ordinal).ToValueList(),
        ForeignKeys = ForeignKeys.OrderBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal).ToValueList(),
        Indexes = Indexes.OrderBy(i => i.Name, StringComparer.Ordinal).ToValueList(),
        Features = UpdatedAtColumnId is null ? TableFeatures.None : new TableFeatures { UpdatedAtColumnId = UpdatedAtColumnId },
    };
}

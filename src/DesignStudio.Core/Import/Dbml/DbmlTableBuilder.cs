using DesignStudio.Core.Model;
using ModelIndex = DesignStudio.Core.Model.Index;

namespace DesignStudio.Core.Import.Dbml;

/// <summary>A table under construction: mutable lists that become an immutable <see cref="Table"/> at the end.</summary>
internal sealed class DbmlTableBuilder(string id, string? schema, string name, string key)
{
    public string Id { get; } = id;
    public string? Schema { get; } = schema;
    public string Name { get; } = name;

    /// <summary>Lookup key: schema (public when omitted) and name.</summary>
    public string Key { get; } = key;

    public string? Comment { get; set; }
    public List<Column> Columns { get; } = [];
    public List<string> PrimaryKeyColumnIds { get; } = [];
    public PrimaryKey? PrimaryKey { get; set; }
    public List<UniqueConstraint> Uniques { get; } = [];
    public List<CheckConstraint> Checks { get; } = [];
    public List<ForeignKey> ForeignKeys { get; } = [];
    public List<ModelIndex> Indexes { get; } = [];

    /// <summary>Finds a column by exact name, then ignoring case.</summary>
    public Column? FindColumn(string columnName) =>
        Columns.Find(c => c.Name == columnName)
        ?? Columns.Find(c => string.Equals(c.Name, columnName, StringComparison.OrdinalIgnoreCase));

    public void ReplaceColumn(Column column)
    {
        var i = Columns.FindIndex(c => c.Id == column.Id);
        if (i >= 0) Columns[i] = column;
    }

    public Table Build()
    {
        var primaryKey = PrimaryKey ?? (PrimaryKeyColumnIds.Count > 0
            ? new PrimaryKey { Id = ObjectId.Derive("pk", Key), ColumnIds = PrimaryKeyColumnIds.ToValueList() }
            : null);
        return new Table
        {
            Id = Id,
            Name = Name,
            Schema = Schema,
            Comment = Comment,
            Columns = Columns.ToValueList(),
            PrimaryKey = primaryKey,
            Uniques = Uniques.ToValueList(),
            Checks = Checks.ToValueList(),
            ForeignKeys = ForeignKeys.ToValueList(),
            Indexes = Indexes.ToValueList(),
        };
    }
}

namespace DesignStudio.Core.Model;

/// <summary>A table with its columns, keys, constraints, indexes and per-table metadata.</summary>
public sealed record Table
{
    /// <summary>Stable id that survives renames.</summary>
    public required string Id { get; init; }

    /// <summary>Table name as it appears in SQL (unquoted).</summary>
    public required string Name { get; init; }

    /// <summary>Optional schema / namespace (PostgreSQL schema, SQL Server schema, MySQL database).</summary>
    public string? Schema { get; init; }

    /// <summary>Comment on the table.</summary>
    public string? Comment { get; init; }

    /// <summary>Columns in order.</summary>
    public ValueList<Column> Columns { get; init; } = [];

    /// <summary>Primary key, if any.</summary>
    public PrimaryKey? PrimaryKey { get; init; }

    /// <summary>Unique constraints.</summary>
    public ValueList<UniqueConstraint> Uniques { get; init; } = [];

    /// <summary>Check constraints.</summary>
    public ValueList<CheckConstraint> Checks { get; init; } = [];

    /// <summary>Foreign keys from this table.</summary>
    public ValueList<ForeignKey> ForeignKeys { get; init; } = [];

    /// <summary>Indexes.</summary>
    public ValueList<Index> Indexes { get; init; } = [];

    /// <summary>Opt-in generated behaviour such as keeping an updated_at column current.</summary>
    public TableFeatures Features { get; init; } = TableFeatures.None;

    /// <summary>Declared functional dependencies (normal-form analysis).</summary>
    public ValueList<FunctionalDependency> FunctionalDependencies { get; init; } = [];

    /// <summary>Ids of dependency hints the designers dismissed, so the studio stops suggesting them.</summary>
    public ValueList<string> DismissedHintIds { get; init; } = [];

    /// <summary>Estimated number of rows (index advisor, migration safety).</summary>
    public long? RowEstimate { get; init; }

    /// <summary>Where the table sits on the canvas.</summary>
    public CanvasPosition? Position { get; init; }

    /// <summary>Finds a column by id.</summary>
    public Column? FindColumn(string columnId)
    {
        foreach (var c in Columns)
        {
            if (c.Id == columnId) return c;
        }
        return null;
    }

    /// <summary>Finds a column by id or throws.</summary>
    public Column GetColumn(string columnId) =>
        FindColumn(columnId) ?? throw new KeyNotFoundException($"No column '{columnId}' in table '{Name}'.");

    /// <summary>Finds a column by name (ordinal, case-insensitive).</summary>
    public Column? FindColumnByName(string name)
    {
        foreach (var c in Columns)
        {
            if (string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)) return c;
        }
        return null;
    }

    /// <summary>Schema-qualified display name (<c>schema.name</c> or <c>name</c>).</summary>
    public string QualifiedName => Schema is null ? Name : Schema + "." + Name;
}

/// <summary>Opt-in behaviours that generators realise per dialect.</summary>
public sealed record TableFeatures
{
    /// <summary>No features.</summary>
    public static TableFeatures None { get; } = new();

    /// <summary>
    /// Id of a timestamp column kept at the current time on every update
    /// (PostgreSQL/SQLite/SQL Server: trigger; MySQL/MariaDB: ON UPDATE CURRENT_TIMESTAMP).
    /// </summary>
    public string? UpdatedAtColumnId { get; init; }
}

/// <summary>Position and display state of a table node on the canvas.</summary>
public sealed record CanvasPosition(double X, double Y)
{
    /// <summary>Whether the node shows only key columns.</summary>
    public bool Collapsed { get; init; }
}

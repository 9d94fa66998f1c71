namespace DesignStudio.Engines.Introspection;

/// <summary>Options for reading a live catalog.</summary>
public sealed record CatalogReadOptions
{
    /// <summary>The defaults.</summary>
    public static CatalogReadOptions Default { get; } = new();

    /// <summary>Longest time each catalog query may run.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Only these schemas (PostgreSQL/SQL Server schemas, MySQL databases); null reads every non-system schema
    /// (MySQL: the connection's database when it names one).
    /// </summary>
    public IReadOnlyList<string>? Schemas { get; init; }

    /// <summary>
    /// Leaves <see cref="DesignStudio.Core.Model.Table.Schema"/> null for the engine's default schema
    /// (PostgreSQL <c>public</c>, SQL Server <c>dbo</c>) so the design matches DDL written without schema names.
    /// </summary>
    public bool OmitDefaultSchema { get; init; }
}

namespace DesignStudio.Data;

/// <summary>Which database holds the project store.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file (default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server.</summary>
    Postgres,
}

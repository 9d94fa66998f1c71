namespace DesignStudio.Core.Dialects;

/// <summary>The stable names of the supported SQL dialects (used in files, the CLI and native-type overrides).</summary>
public static class DialectNames
{
    /// <summary>PostgreSQL 15+.</summary>
    public const string PostgreSql = "postgres";
    /// <summary>MySQL 8.</summary>
    public const string MySql = "mysql";
    /// <summary>MariaDB 10.11.</summary>
    public const string MariaDb = "mariadb";
    /// <summary>SQLite 3.40+.</summary>
    public const string Sqlite = "sqlite";
    /// <summary>SQL Server 2019+.</summary>
    public const string SqlServer = "sqlserver";

    /// <summary>All dialect names, in display order.</summary>
    public static IReadOnlyList<string> All { get; } = [PostgreSql, MySql, MariaDb, Sqlite, SqlServer];
}

namespace DesignStudio.Engines.Tests.Ddl;

/// <summary>The real engines DDL is executed on.</summary>
public enum Engine
{
    /// <summary>PostgreSQL 15.</summary>
    Postgres,
    /// <summary>MariaDB 10.11 (runs both the mysql and the mariadb output).</summary>
    MariaDb,
    /// <summary>SQLite in process.</summary>
    Sqlite,
}

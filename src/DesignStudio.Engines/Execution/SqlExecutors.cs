using DesignStudio.Core.Dialects;

namespace DesignStudio.Engines.Execution;

/// <summary>Picks the executor for an engine name.</summary>
public static class SqlExecutors
{
    /// <summary>
    /// The executor for <paramref name="engine"/> (<see cref="DialectNames"/>; <c>mysql</c> and <c>mariadb</c> share one),
    /// or null for an unknown engine name.
    /// </summary>
    public static ISqlExecutor? For(string engine, string connectionString, ExecutionOptions? options = null) =>
        engine.ToLowerInvariant() switch
        {
            DialectNames.PostgreSql or "postgresql" => new PostgreSqlExecutor(connectionString, options),
            DialectNames.MySql => new MySqlExecutor(connectionString, options, DialectNames.MySql),
            DialectNames.MariaDb => new MySqlExecutor(connectionString, options, DialectNames.MariaDb),
            DialectNames.Sqlite => new SqliteExecutor(connectionString, options),
            DialectNames.SqlServer => new SqlServerExecutor(connectionString, options),
            _ => null,
        };
}

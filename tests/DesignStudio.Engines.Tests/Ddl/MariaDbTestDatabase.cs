using DesignStudio.TestSupport;
using MySqlConnector;

namespace DesignStudio.Engines.Tests.Ddl;

/// <summary>A fresh, uniquely named MariaDB database (utf8mb4) on the test server, dropped on dispose.</summary>
public sealed class MariaDbTestDatabase : IAsyncDisposable
{
    private MariaDbTestDatabase(string name, MySqlConnection connection) => (Name, Connection) = (name, connection);

    /// <summary>Database name.</summary>
    public string Name { get; }

    /// <summary>An open connection to it.</summary>
    public MySqlConnection Connection { get; }

    /// <summary>Creates the database and connects to it.</summary>
    public static async Task<MariaDbTestDatabase> CreateAsync()
    {
        var admin = TestEnvironment.MariaDbConnectionString;
        var name = "ddl_" + Guid.NewGuid().ToString("N");
        await using (var c = new MySqlConnection(admin))
        {
            await c.OpenAsync();
            await using var cmd = new MySqlCommand($"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", c);
            await cmd.ExecuteNonQueryAsync();
        }
        var connection = new MySqlConnection(new MySqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return new MariaDbTestDatabase(name, connection);
    }

    /// <summary>Runs SQL text (several statements allowed).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var cmd = new MySqlCommand(sql, Connection);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        await using var c = new MySqlConnection(TestEnvironment.MariaDbConnectionString);
        await c.OpenAsync();
        await using var cmd = new MySqlCommand($"DROP DATABASE IF EXISTS `{Name}`", c);
        await cmd.ExecuteNonQueryAsync();
    }
}

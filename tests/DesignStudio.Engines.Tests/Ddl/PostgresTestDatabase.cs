using DesignStudio.TestSupport;
using Npgsql;

namespace DesignStudio.Engines.Tests.Ddl;

/// <summary>A fresh, uniquely named PostgreSQL database on the test server, dropped on dispose.</summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private PostgresTestDatabase(string name, NpgsqlConnection connection) => (Name, Connection) = (name, connection);

    /// <summary>Database name.</summary>
    public string Name { get; }

    /// <summary>An open connection to it.</summary>
    public NpgsqlConnection Connection { get; }

    /// <summary>Creates the database and connects to it.</summary>
    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var admin = TestEnvironment.PostgresConnectionString;
        var name = "ddl_" + Guid.NewGuid().ToString("N");
        await using (var c = new NpgsqlConnection(admin))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", c);
            await cmd.ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return new PostgresTestDatabase(name, connection);
    }

    /// <summary>Runs SQL text.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, Connection);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        await using var c = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", c);
        await cmd.ExecuteNonQueryAsync();
    }
}

using DesignStudio.Data;
using DesignStudio.TestSupport;
using Npgsql;

namespace DesignStudio.Web.Tests.Collaboration;

/// <summary>A migrated database of its own on the PostgreSQL test server, dropped on disposal.</summary>
public sealed class ScratchPostgres : IAsyncDisposable
{
    private readonly string server;
    private readonly string name;

    private ScratchPostgres(string server, string name, string connectionString)
    {
        this.server = server;
        this.name = name;
        ConnectionString = connectionString;
        Database = new ProjectDatabase(DatabaseProvider.Postgres, connectionString);
    }

    public string ConnectionString { get; }
    public ProjectDatabase Database { get; }

    /// <summary>Creates and migrates it (skips the test when no PostgreSQL is configured).</summary>
    public static async Task<ScratchPostgres> CreateAsync()
    {
        var server = TestEnvironment.PostgresConnectionString;
        var name = "designstudio_collab_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        var scratch = new ScratchPostgres(server, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        await scratch.Database.MigrateAsync();
        return scratch;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

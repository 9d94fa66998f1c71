using DesignStudio.TestSupport;
using Npgsql;

namespace DesignStudio.Data.Tests;

/// <summary>
/// Fresh databases on the PostgreSQL test server for one test class, dropped when the class is done. Created lazily
/// inside a test, so a missing server skips the test instead of failing the fixture.
/// </summary>
public sealed class PostgresDatabases : IAsyncLifetime
{
    private readonly List<string> created = [];
    private readonly SemaphoreSlim gate = new(1, 1);
    private ProjectDatabase? migrated;

    public async Task<ProjectDatabase> MigratedAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (migrated is null)
            {
                var database = await FreshAsync();
                await database.MigrateAsync();
                migrated = database;
            }
            return migrated;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<ProjectDatabase> FreshAsync()
    {
        var server = TestEnvironment.PostgresConnectionString; // skips the test when no server is configured
        var name = "designstudio_store_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        lock (created) created.Add(name);
        return new ProjectDatabase(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (created.Count == 0) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync();
        foreach (var name in created)
        {
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}

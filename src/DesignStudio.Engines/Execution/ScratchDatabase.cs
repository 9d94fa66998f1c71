using System.Security.Cryptography;
using DesignStudio.Core.Dialects;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;

namespace DesignStudio.Engines.Execution;

/// <summary>
/// A uniquely named, empty database that exists until disposed: a new database on a PostgreSQL or MySQL/MariaDB
/// server, or a temporary SQLite file. Disposing always drops it (closing pooled connections first), also when the
/// work in between failed. For tests, the migration sandbox and the index advisor.
/// </summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly Func<Task> drop;
    private bool disposed;

    private ScratchDatabase(string engine, string name, string connectionString, Func<Task> drop)
    {
        Engine = engine;
        Name = name;
        ConnectionString = connectionString;
        this.drop = drop;
    }

    /// <summary>Engine name (<see cref="DialectNames"/>).</summary>
    public string Engine { get; }

    /// <summary>The database name (SQLite: the file path).</summary>
    public string Name { get; }

    /// <summary>Connection string of the scratch database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates a database named <c>ds_scratch_…</c> on the PostgreSQL server of <paramref name="serverConnectionString"/>.</summary>
    public static async Task<ScratchDatabase> CreatePostgreSqlAsync(string serverConnectionString, CancellationToken cancellationToken = default)
    {
        var name = NewName();
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString);
        var admin = builder.ConnectionString;
        await RunAsync(new NpgsqlConnection(admin), $"CREATE DATABASE \"{name}\"", cancellationToken).ConfigureAwait(false);
        builder.Database = name;
        var connectionString = builder.ConnectionString;
        return new ScratchDatabase(DialectNames.PostgreSql, name, connectionString, async () =>
        {
            await using (var pooled = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(pooled);
            await RunAsync(new NpgsqlConnection(admin), $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None).ConfigureAwait(false);
        });
    }

    /// <summary>Creates a database named <c>ds_scratch_…</c> on the MySQL or MariaDB server of <paramref name="serverConnectionString"/>.</summary>
    public static async Task<ScratchDatabase> CreateMySqlAsync(
        string serverConnectionString, string engine = DialectNames.MariaDb, CancellationToken cancellationToken = default)
    {
        var name = NewName();
        var builder = new MySqlConnectionStringBuilder(serverConnectionString) { Database = "" };
        var admin = builder.ConnectionString;
        await RunAsync(new MySqlConnection(admin), $"CREATE DATABASE `{name}` CHARACTER SET utf8mb4", cancellationToken).ConfigureAwait(false);
        builder.Database = name;
        var connectionString = builder.ConnectionString;
        return new ScratchDatabase(engine, name, connectionString, async () =>
        {
            await using (var pooled = new MySqlConnection(connectionString)) MySqlConnection.ClearPool(pooled);
            await RunAsync(new MySqlConnection(admin), $"DROP DATABASE IF EXISTS `{name}`", CancellationToken.None).ConfigureAwait(false);
        });
    }

    /// <summary>Creates a database named <c>ds_scratch_…</c> on the SQL Server of <paramref name="serverConnectionString"/>.</summary>
    public static async Task<ScratchDatabase> CreateSqlServerAsync(string serverConnectionString, CancellationToken cancellationToken = default)
    {
        var name = NewName();
        var builder = new SqlConnectionStringBuilder(serverConnectionString) { InitialCatalog = "master" };
        var admin = builder.ConnectionString;
        await RunAsync(new SqlConnection(admin), $"CREATE DATABASE [{name}]", cancellationToken).ConfigureAwait(false);
        builder.InitialCatalog = name;
        var connectionString = builder.ConnectionString;
        return new ScratchDatabase(DialectNames.SqlServer, name, connectionString, async () =>
        {
            await using (var pooled = new SqlConnection(connectionString)) SqlConnection.ClearPool(pooled);
            await RunAsync(new SqlConnection(admin),
                $"IF DB_ID(N'{name}') IS NOT NULL BEGIN ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]; END",
                CancellationToken.None).ConfigureAwait(false);
        });
    }

    /// <summary>Creates an empty SQLite database in a new temporary file.</summary>
    public static ScratchDatabase CreateSqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), NewName() + ".db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString;
        using (var connection = new SqliteConnection(connectionString)) connection.Open(); // creates the file
        return new ScratchDatabase(DialectNames.Sqlite, path, connectionString, () =>
        {
            foreach (var file in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
            {
                if (File.Exists(file)) File.Delete(file);
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>An executor for this database.</summary>
    public ISqlExecutor CreateExecutor(ExecutionOptions? options = null) =>
        SqlExecutors.For(Engine, ConnectionString, options) ?? throw new InvalidOperationException("No executor for " + Engine);

    /// <summary>Drops the database (or deletes the file). Safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed) return;
        disposed = true;
        await drop().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Engine} scratch database {Name}";

    private static string NewName() => "ds_scratch_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    private static async Task RunAsync(System.Data.Common.DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using (connection)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}

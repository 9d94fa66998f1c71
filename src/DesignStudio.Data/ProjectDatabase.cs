using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace DesignStudio.Data;

/// <summary>
/// Where the project store lives: creates a short-lived context for the configured provider (Blazor Server circuits
/// are long-lived, so each store call uses its own context) and applies that provider's migrations.
/// </summary>
public sealed class ProjectDatabase
{
    private readonly string connectionString;
    private readonly IInterceptor[] interceptors;

    /// <summary>Describes the store.</summary>
    public ProjectDatabase(DatabaseProvider provider, string connectionString)
        : this(provider, connectionString, [])
    {
    }

    /// <summary>Describes the store; every context it creates runs <paramref name="interceptors"/> (EF Core's, e.g. to observe commands).</summary>
    public ProjectDatabase(DatabaseProvider provider, string connectionString, IReadOnlyList<IInterceptor> interceptors)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(interceptors);
        Provider = provider;
        this.connectionString = connectionString;
        this.interceptors = [.. interceptors];
        WriteGate = new StoreWriteGate(enabled: provider == DatabaseProvider.Sqlite);
    }

    /// <summary>The provider.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>Orders this process's collaboration writes (SQLite has one writer at a time; appends go first).</summary>
    public StoreWriteGate WriteGate { get; }

    /// <summary>A SQLite store in the given file.</summary>
    public static ProjectDatabase ForSqliteFile(string path) => new(DatabaseProvider.Sqlite, $"Data Source={path}");

    /// <summary>A new context; dispose it after use.</summary>
    public ProjectDbContext CreateContext() => Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteProjectDbContext(
            new DbContextOptionsBuilder<SqliteProjectDbContext>().UseSqlite(connectionString).Intercepted(interceptors).Options),
        DatabaseProvider.Postgres => new PostgresProjectDbContext(
            new DbContextOptionsBuilder<PostgresProjectDbContext>().UseNpgsql(connectionString).Intercepted(interceptors).Options),
        _ => throw new InvalidOperationException($"Unknown provider {Provider}."),
    };

    /// <summary>
    /// A context for background writes that may be lost in a crash (design snapshots, activity entries). On SQLite its
    /// own connection commits with synchronous=NORMAL: no fsync while it holds the single write turn, so a log append
    /// waiting behind it waits for page writes only. Still atomic (the WAL's checksums drop an unsynced commit at
    /// recovery), and the next append's FULL commit syncs the WAL, snapshot included. Dispose it after use.
    /// </summary>
    public async Task<ProjectDbContext> CreateBackgroundContextAsync(CancellationToken cancellationToken = default)
    {
        if (Provider != DatabaseProvider.Sqlite) return CreateContext();
        // Not pooled: the pragma must not follow the connection back into the pool that log appends use.
        var connection = new Microsoft.Data.Sqlite.SqliteConnection(
            new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using (var pragma = connection.CreateCommand())
            {
                // Foreign keys as on every other connection (EF turns them on for the connections it opens).
                pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=1;";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }
            return new SqliteProjectDbContext(new DbContextOptionsBuilder<SqliteProjectDbContext>().UseSqlite(connection, contextOwnsConnection: true)
                .Intercepted(interceptors).Options);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Applies pending migrations (creating the database or SQLite file if needed).</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        await using var db = CreateContext();
        await db.Database.MigrateAsync(cancellationToken);
        // Write-ahead log (kept in the file): a commit appends to the WAL with one sync instead of the rollback
        // journal's several, and readers no longer wait for the writer. Synchronous stays FULL, so a committed
        // (acknowledged) operation survives a crash of the process and of the machine.
        if (Provider == DatabaseProvider.Sqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>
    /// SQLite: copies the write-ahead log into the database file now (PASSIVE: it neither waits for nor blocks
    /// writers), so the automatic checkpoint, which runs inside whichever commit crosses 1,000 WAL pages, seldom falls
    /// to a log append. Called after the big background writes (snapshots). Nothing to do on PostgreSQL.
    /// </summary>
    public async Task CheckpointAsync(CancellationToken cancellationToken = default)
    {
        if (Provider != DatabaseProvider.Sqlite) return;
        await using var db = CreateContext();
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE);", cancellationToken);
    }

    /// <summary>Where the store is, for logs: host and database or file, never credentials.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Sqlite => "SQLite " + new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource,
        _ => new NpgsqlConnectionStringBuilder(connectionString) is var b ? $"PostgreSQL {b.Host}:{b.Port}/{b.Database}" : "",
    };
}

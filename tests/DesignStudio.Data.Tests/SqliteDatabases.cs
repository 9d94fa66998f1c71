namespace DesignStudio.Data.Tests;

/// <summary>SQLite store files in a temporary folder for one test class, deleted when the class is done.</summary>
public sealed class SqliteDatabases : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("designstudio-store-").FullName;
    private readonly Lazy<Task<ProjectDatabase>> migrated;

    public SqliteDatabases() => migrated = new(async () =>
    {
        // A nested folder that does not exist yet: migrating must create it.
        var database = ProjectDatabase.ForSqliteFile(Path.Combine(folder, "nested", "store.db"));
        await database.MigrateAsync();
        return database;
    });

    public Task<ProjectDatabase> MigratedAsync() => migrated.Value;

    public ProjectDatabase Fresh() => ProjectDatabase.ForSqliteFile(Path.Combine(folder, "empty-" + Guid.NewGuid().ToString("N") + ".db"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

using DesignStudio.Data;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Web.Tests;

/// <summary>A real project store in a SQLite file in a temporary folder (no mocks of the database).</summary>
public sealed class TempSqliteStore : IDisposable
{
    public TempSqliteStore()
    {
        Folder = Directory.CreateTempSubdirectory("designstudio-web-").FullName;
        Database = ProjectDatabase.ForSqliteFile(Path.Combine(Folder, "designstudio.db"));
        Database.MigrateAsync().GetAwaiter().GetResult();
        Store = new ProjectStore(Database, TimeProvider.System, NullLogger<ProjectStore>.Instance);
    }

    public string Folder { get; }

    public ProjectDatabase Database { get; }

    public ProjectStore Store { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

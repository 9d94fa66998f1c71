using DesignStudio.Data;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.DataProtection;
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
        ConnectionStore = new StoredConnectionStore(Database, TimeProvider.System, NullLogger<StoredConnectionStore>.Instance);
        Connections = new StoredConnectionService(DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(Folder, "keys"))),
            ConnectionStore, NullLogger<StoredConnectionService>.Instance);
    }

    /// <summary>Stored connections in the same store, encrypted with a key ring in the temporary folder.</summary>
    public StoredConnectionService Connections { get; }

    public StoredConnectionStore ConnectionStore { get; }

    public string Folder { get; }

    public ProjectDatabase Database { get; }

    public ProjectStore Store { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

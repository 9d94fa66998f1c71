using DesignStudio.Data;
using DesignStudio.Web.Services;
using Microsoft.AspNetCore.DataProtection;
using DesignStudio.Data.Access;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Web.Tests;

/// <summary>
/// A real project store in a SQLite file in a temporary folder (no mocks of the database), with one account, the
/// owner, that <see cref="Owner"/> acts as.
/// </summary>
public sealed class TempSqliteStore : IDisposable
{
    public const string OwnerName = "owner";

    public TempSqliteStore()
    {
        Folder = Directory.CreateTempSubdirectory("designstudio-web-").FullName;
        Database = ProjectDatabase.ForSqliteFile(Path.Combine(Folder, "designstudio.db"));
        Database.MigrateAsync().GetAwaiter().GetResult();
        Store = new ProjectStore(Database, TimeProvider.System, NullLogger<ProjectStore>.Instance);
        ConnectionStore = new StoredConnectionStore(Database, TimeProvider.System, NullLogger<StoredConnectionStore>.Instance);
        Connections = new StoredConnectionService(DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(Folder, "keys"))),
            ConnectionStore, NullLogger<StoredConnectionService>.Instance);
        OwnerId = CreateUserAsync(OwnerName).GetAwaiter().GetResult();
        Owner = new UserProjectStore(Store, OwnerId);
    }

    /// <summary>Comment changes announced by <see cref="Comments"/>.</summary>
    public DesignStudio.Data.Comments.CommentEvents CommentEvents { get; } = new();

    /// <summary>Comment threads in the same store.</summary>
    public DesignStudio.Data.Comments.CommentStore Comments => comments ??= new(Database, TimeProvider.System, CommentEvents,
        NullLogger<DesignStudio.Data.Comments.CommentStore>.Instance);

    private DesignStudio.Data.Comments.CommentStore? comments;

    /// <summary>Stored connections in the same store, encrypted with a key ring in the temporary folder.</summary>
    public StoredConnectionService Connections { get; }

    public StoredConnectionStore ConnectionStore { get; }

    public string Folder { get; }

    public ProjectDatabase Database { get; }

    /// <summary>The store itself (every call names its caller).</summary>
    public ProjectStore Store { get; }

    /// <summary>The id of the account the tests act as by default.</summary>
    public string OwnerId { get; }

    /// <summary>The store as the owner account sees it.</summary>
    public UserProjectStore Owner { get; }

    /// <summary>Adds an account (as registering would, minus the password) and returns its id.</summary>
    public async Task<string> CreateUserAsync(string userName)
    {
        var user = new StudioUser
        {
            Id = Guid.NewGuid().ToString(), UserName = userName, NormalizedUserName = userName.ToUpperInvariant(),
            Email = userName + "@example.test", NormalizedEmail = (userName + "@example.test").ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString(), CreatedUtc = DateTime.UtcNow,
        };
        await using var db = Database.CreateContext();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

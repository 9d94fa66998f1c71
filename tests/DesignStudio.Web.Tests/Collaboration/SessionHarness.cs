using DesignStudio.Core.Model;
using DesignStudio.Data;
using DesignStudio.Data.Access;
using DesignStudio.Data.Activity;
using DesignStudio.Data.Collaboration;
using Microsoft.EntityFrameworkCore;
using DesignStudio.Web.Collaboration;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Web.Tests.Collaboration;

/// <summary>
/// A session service over a real store (a SQLite file, or a given PostgreSQL database) with the accounts' access rule:
/// projects belong to an owner account and every <see cref="Person"/> is a real account added as an editor.
/// </summary>
public sealed class SessionHarness : IAsyncDisposable
{
    private readonly TempSqliteStore? sqlite;
    private readonly PostgresChangeBus? postgresBus;

    private SessionHarness(ProjectDatabase database, TempSqliteStore? sqlite, PostgresChangeBus? postgresBus, SnapshotPolicy? snapshots = null)
    {
        this.sqlite = sqlite;
        this.postgresBus = postgresBus;
        Database = database;
        Log = new OperationLog(database, TimeProvider.System, NullLogger<OperationLog>.Instance);
        Store = new ProjectStore(database, TimeProvider.System, NullLogger<ProjectStore>.Instance);
        Activity = new LiveEditActivity(database, Store.Activity, NullLogger<LiveEditActivity>.Instance);
        Bus = postgresBus ?? (IDesignChangeBus)new LocalChangeBus();
        Relay = new AccessChangeRelay(Store.Events, Bus, NullLogger<AccessChangeRelay>.Instance);
        Service = new DesignSessionService(Log, Bus, new ProjectDesignAccess(Store.Access), NullLogger<DesignSessionService>.Instance,
            Activity, snapshots);
    }

    public ProjectDatabase Database { get; }
    public OperationLog Log { get; }
    public ProjectStore Store { get; }
    public DesignSessionService Service { get; }
    public LiveEditActivity Activity { get; }
    public IDesignChangeBus Bus { get; }
    public AccessChangeRelay Relay { get; }

    public static SessionHarness OnSqlite(SnapshotPolicy? snapshots = null)
    {
        var store = new TempSqliteStore();
        return new SessionHarness(store.Database, store, null, snapshots);
    }

    /// <summary>A new instance over the same database with nothing in memory, as after a restart (SQLite or no bus).</summary>
    public SessionHarness Restarted() => new(Database, null, null);

    /// <summary>An instance on a shared PostgreSQL database, with its own LISTEN connection.</summary>
    public static async Task<SessionHarness> OnPostgresAsync(ProjectDatabase database, string connectionString)
    {
        var bus = new PostgresChangeBus(connectionString, NullLogger<PostgresChangeBus>.Instance);
        await bus.StartAsync();
        return new SessionHarness(database, null, bus);
    }

    /// <summary>The account that owns the projects this harness creates.</summary>
    public string OwnerId => ownerId ??= UserIdAsync("harness-owner").GetAwaiter().GetResult();

    private string? ownerId;

    public async Task<Guid> CreateProjectAsync(Design design) => (await Store.CreateProjectAsync(OwnerId, "shared", design)).Value!.Id;

    /// <summary>The account <paramref name="name"/> (made on first use, shared by harnesses on one database), an editor of the project.</summary>
    public Collaborator Person(string name, Guid projectId)
    {
        var id = UserIdAsync(name).GetAwaiter().GetResult();
        AddEditorAsync(projectId, id).GetAwaiter().GetResult();
        return new(id, name, Collaborator.ColourOf(name));
    }

    private async Task<string> UserIdAsync(string userName)
    {
        await using var db = Database.CreateContext();
        var normalized = userName.ToUpperInvariant();
        if (await db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).SingleOrDefaultAsync() is { } existing) return existing;
        var user = new StudioUser
        {
            Id = Guid.NewGuid().ToString(), UserName = userName, NormalizedUserName = normalized,
            Email = userName + "@example.test", NormalizedEmail = (userName + "@example.test").ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString(), CreatedUtc = DateTime.UtcNow,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    private async Task AddEditorAsync(Guid projectId, string userId)
    {
        await using var db = Database.CreateContext();
        if (await db.Members.AnyAsync(m => m.ProjectId == projectId && m.UserId == userId)) return;
        db.Members.Add(new ProjectMember { ProjectId = projectId, UserId = userId, Role = ProjectRole.Editor, AddedUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Service.DisposeAsync();
        Relay.Dispose();
        await Activity.DisposeAsync();
        if (postgresBus is not null) await postgresBus.DisposeAsync();
        sqlite?.Dispose();
    }
}

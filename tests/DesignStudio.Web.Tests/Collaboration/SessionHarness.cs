using DesignStudio.Core.Model;
using DesignStudio.Data;
using DesignStudio.Data.Collaboration;
using DesignStudio.Web.Collaboration;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Web.Tests.Collaboration;

/// <summary>A session service over a real store (a SQLite file, or a given PostgreSQL database) with one project.</summary>
public sealed class SessionHarness : IAsyncDisposable
{
    private readonly TempSqliteStore? sqlite;
    private readonly PostgresChangeBus? postgresBus;

    private SessionHarness(ProjectDatabase database, TempSqliteStore? sqlite, PostgresChangeBus? postgresBus)
    {
        this.sqlite = sqlite;
        this.postgresBus = postgresBus;
        Database = database;
        Log = new OperationLog(database, TimeProvider.System, NullLogger<OperationLog>.Instance);
        Store = new ProjectStore(database, TimeProvider.System, NullLogger<ProjectStore>.Instance);
        Service = new DesignSessionService(Log, postgresBus ?? (IDesignChangeBus)new LocalChangeBus(), new LocalDesignAccess(), NullLogger<DesignSessionService>.Instance);
    }

    public ProjectDatabase Database { get; }
    public OperationLog Log { get; }
    public ProjectStore Store { get; }
    public DesignSessionService Service { get; }

    public static SessionHarness OnSqlite()
    {
        var store = new TempSqliteStore();
        return new SessionHarness(store.Database, store, null);
    }

    /// <summary>An instance on a shared PostgreSQL database, with its own LISTEN connection.</summary>
    public static async Task<SessionHarness> OnPostgresAsync(ProjectDatabase database, string connectionString)
    {
        var bus = new PostgresChangeBus(connectionString, NullLogger<PostgresChangeBus>.Instance);
        await bus.StartAsync();
        return new SessionHarness(database, null, bus);
    }

    public async Task<Guid> CreateProjectAsync(Design design) => (await Store.CreateProjectAsync("shared", design)).Value!.Id;

    public static Collaborator Person(string name) => new(Collaborator.LocalUserId, name, Collaborator.ColourOf(name));

    public async ValueTask DisposeAsync()
    {
        Service.Dispose();
        if (postgresBus is not null) await postgresBus.DisposeAsync();
        sqlite?.Dispose();
    }
}

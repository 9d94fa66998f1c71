using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Data.Tests;

/// <summary>The stored_connections table of the SQLite store, after the AddStoredConnections and AddStoredConnectionOwner migrations.</summary>
public sealed class SqliteStoredConnectionStoreTests(SqliteDatabases databases) : IClassFixture<SqliteDatabases>
{
    private const string Alice = "user-alice";
    private const string Bob = "user-bob";

    private async Task<StoredConnectionStore> StoreAsync() =>
        new(await databases.MigratedAsync(), TimeProvider.System, NullLogger<StoredConnectionStore>.Instance);

    [Fact]
    public async Task Adds_lists_by_name_finds_and_forgets_connections()
    {
        var store = await StoreAsync();
        var b = await store.AddAsync(Alice, "  beta ", "mysql", "Server=b;Password=***", "payload-b");
        var a = await store.AddAsync(Alice, "alpha", "postgresql", "Host=a;Password=***", "payload-a");

        var listed = await store.ListAsync(Alice);
        Assert.Equal(["alpha", "beta"], listed.Where(c => c.Id == a.Id || c.Id == b.Id).Select(c => c.Name));
        Assert.Equal("payload-b", (await store.FindAsync(Alice, b.Id))!.ProtectedConnectionString);
        Assert.True(await store.ForgetAsync(Alice, b.Id));
        Assert.Null(await store.FindAsync(Alice, b.Id));
        Assert.DoesNotContain(await store.ListAsync(Alice), c => c.Id == b.Id);
    }

    [Fact]
    public async Task Another_user_cannot_list_find_or_forget_a_connection()
    {
        var store = await StoreAsync();
        var mine = await store.AddAsync(Alice, "mine", "postgresql", "Host=a;Password=***", "payload-a");

        Assert.DoesNotContain(await store.ListAsync(Bob), c => c.Id == mine.Id);
        Assert.Null(await store.FindAsync(Bob, mine.Id));
        Assert.False(await store.ForgetAsync(Bob, mine.Id));
        Assert.Empty(await store.ListAsync(""));
        Assert.Null(await store.FindAsync("", mine.Id));
        Assert.Equal("payload-a", (await store.FindAsync(Alice, mine.Id))!.ProtectedConnectionString);
        Assert.Contains(await store.ListAsync(Alice), c => c.Id == mine.Id);
    }

    [Fact]
    public async Task Unnamed_connection_is_named_after_its_engine_and_long_names_are_cut()
    {
        var store = await StoreAsync();
        var unnamed = await store.AddAsync(Alice, " ", "sqlite", "Data Source=x.db", "payload");
        var longName = await store.AddAsync(Alice, new string('n', 500), "sqlite", "Data Source=y.db", "payload");

        Assert.Equal("sqlite", unnamed.Name);
        Assert.Equal(StoredConnectionStore.MaxNameLength, longName.Name.Length);
    }
}

using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Data.Tests;

/// <summary>The stored_connections table of the SQLite store, after the AddStoredConnections migration.</summary>
public sealed class SqliteStoredConnectionStoreTests(SqliteDatabases databases) : IClassFixture<SqliteDatabases>
{
    private async Task<StoredConnectionStore> StoreAsync() =>
        new(await databases.MigratedAsync(), TimeProvider.System, NullLogger<StoredConnectionStore>.Instance);

    [Fact]
    public async Task Adds_lists_by_name_finds_and_forgets_connections()
    {
        var store = await StoreAsync();
        var b = await store.AddAsync("  beta ", "mysql", "Server=b;Password=***", "payload-b");
        var a = await store.AddAsync("alpha", "postgresql", "Host=a;Password=***", "payload-a");

        var listed = await store.ListAsync();
        Assert.Equal(["alpha", "beta"], listed.Where(c => c.Id == a.Id || c.Id == b.Id).Select(c => c.Name));
        Assert.Equal("payload-b", (await store.FindAsync(b.Id))!.ProtectedConnectionString);
        Assert.True(await store.ForgetAsync(b.Id));
        Assert.Null(await store.FindAsync(b.Id));
        Assert.DoesNotContain(await store.ListAsync(), c => c.Id == b.Id);
    }

    [Fact]
    public async Task Unnamed_connection_is_named_after_its_engine_and_long_names_are_cut()
    {
        var store = await StoreAsync();
        var unnamed = await store.AddAsync(" ", "sqlite", "Data Source=x.db", "payload");
        var longName = await store.AddAsync(new string('n', 500), "sqlite", "Data Source=y.db", "payload");

        Assert.Equal("sqlite", unnamed.Name);
        Assert.Equal(StoredConnectionStore.MaxNameLength, longName.Name.Length);
    }
}

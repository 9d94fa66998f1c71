using DesignStudio.Core.Model;
using DesignStudio.Engines.Execution;
using DesignStudio.Engines.Introspection;

namespace DesignStudio.Engines.Tests.Introspection;

/// <summary>
/// A scratch database loaded once per test class and read once: the engine-specific fixtures derive from it.
/// The test itself passes the server connection string, so a missing server skips the test instead of failing the fixture.
/// </summary>
public abstract class LoadedDatabase : IAsyncLifetime
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private ScratchDatabase? database;
    private CatalogReadResult? result;

    public ScratchDatabase Database => database ?? throw new InvalidOperationException("Not loaded yet.");

    protected abstract Task<ScratchDatabase> CreateAsync(string serverConnectionString);

    protected abstract IReadOnlyList<string> Script { get; }

    protected abstract ICatalogReader Reader { get; }

    public async Task<CatalogReadResult> ReadAsync(string serverConnectionString)
    {
        await gate.WaitAsync();
        try
        {
            if (result is not null) return result;
            database ??= await CreateAsync(serverConnectionString);
            var run = await database.CreateExecutor().ExecuteAsync(Script);
            Assert.True(run.Succeeded, run.ToString());
            result = await Reader.ReadAsync(database.ConnectionString);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<Design> DesignAsync(string serverConnectionString) => (await ReadAsync(serverConnectionString)).Design!;

    public Task InitializeAsync() => Task.CompletedTask;

    // xunit 2 disposes class fixtures through IAsyncLifetime (not IAsyncDisposable): drop the scratch database here.
    public async Task DisposeAsync()
    {
        if (database is not null) await database.DisposeAsync();
    }
}

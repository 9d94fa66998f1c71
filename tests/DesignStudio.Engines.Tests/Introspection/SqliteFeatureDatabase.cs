using DesignStudio.Engines.Execution;
using DesignStudio.Engines.Introspection;

namespace DesignStudio.Engines.Tests.Introspection;

/// <summary>The SQLite feature schema loaded into a scratch database file.</summary>
public sealed class SqliteFeatureDatabase : LoadedDatabase
{
    protected override Task<ScratchDatabase> CreateAsync(string serverConnectionString) => Task.FromResult(ScratchDatabase.CreateSqlite());

    protected override IReadOnlyList<string> Script => SqliteFeatureSchema.Statements;

    protected override ICatalogReader Reader => new SqliteCatalogReader();
}

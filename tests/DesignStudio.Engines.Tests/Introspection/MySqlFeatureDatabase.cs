using DesignStudio.Engines.Execution;
using DesignStudio.Engines.Introspection;

namespace DesignStudio.Engines.Tests.Introspection;

/// <summary>The MySQL feature schema loaded into a scratch MariaDB database.</summary>
public sealed class MySqlFeatureDatabase : LoadedDatabase
{
    protected override Task<ScratchDatabase> CreateAsync(string serverConnectionString) =>
        ScratchDatabase.CreateMySqlAsync(serverConnectionString);

    protected override IReadOnlyList<string> Script => MySqlFeatureSchema.Statements;

    protected override ICatalogReader Reader => new MySqlCatalogReader();
}

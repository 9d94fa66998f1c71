using DesignStudio.Engines.Execution;
using DesignStudio.Engines.Introspection;

namespace DesignStudio.Engines.Tests.Introspection;

/// <summary>The PostgreSQL feature schema loaded into a scratch database.</summary>
public sealed class PostgreSqlFeatureDatabase : LoadedDatabase
{
    protected override Task<ScratchDatabase> CreateAsync(string serverConnectionString) =>
        ScratchDatabase.CreatePostgreSqlAsync(serverConnectionString);

    protected override IReadOnlyList<string> Script => [PostgreSqlFeatureSchema.Sql];

    protected override ICatalogReader Reader => new PostgreSqlCatalogReader();
}

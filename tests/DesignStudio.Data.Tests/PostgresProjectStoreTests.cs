namespace DesignStudio.Data.Tests;

/// <summary>The store specification on the real PostgreSQL test server, in a fresh database for this class.</summary>
public sealed class PostgresProjectStoreTests(PostgresDatabases databases) : ProjectStoreSpecification, IClassFixture<PostgresDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();

    protected override Task<ProjectDatabase> EmptyDatabaseAsync() => databases.FreshAsync();
}

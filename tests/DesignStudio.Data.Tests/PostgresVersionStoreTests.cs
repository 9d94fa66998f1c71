namespace DesignStudio.Data.Tests;

/// <summary>The version store specification on the real PostgreSQL test server, in a fresh database for this class.</summary>
public sealed class PostgresVersionStoreTests(PostgresDatabases databases) : VersionStoreSpecification, IClassFixture<PostgresDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

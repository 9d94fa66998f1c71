namespace DesignStudio.Data.Tests;

/// <summary>Share links and activity on the real PostgreSQL test server.</summary>
public sealed class PostgresShareLinkTests(PostgresDatabases databases) : ShareLinkSpecification, IClassFixture<PostgresDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

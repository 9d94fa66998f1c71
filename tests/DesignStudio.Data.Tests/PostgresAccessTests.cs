namespace DesignStudio.Data.Tests;

/// <summary>The role × operation matrix on the real PostgreSQL test server.</summary>
public sealed class PostgresAccessTests(PostgresDatabases databases) : AccessSpecification, IClassFixture<PostgresDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

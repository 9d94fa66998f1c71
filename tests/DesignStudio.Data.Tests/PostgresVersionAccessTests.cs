namespace DesignStudio.Data.Tests;

/// <summary>The role × version operation matrix on the real PostgreSQL test server.</summary>
public sealed class PostgresVersionAccessTests(PostgresDatabases databases) : VersionAccessSpecification, IClassFixture<PostgresDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

namespace DesignStudio.Data.Tests.Reviews;

/// <summary>The ReviewAccess specification on the real PostgreSQL test server.</summary>
public sealed class PostgresReviewAccessTests(PostgresDatabases databases) : ReviewAccessSpecification, IClassFixture<PostgresDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

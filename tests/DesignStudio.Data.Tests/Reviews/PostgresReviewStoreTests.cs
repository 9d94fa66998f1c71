namespace DesignStudio.Data.Tests.Reviews;

/// <summary>The ReviewStore specification on the real PostgreSQL test server.</summary>
public sealed class PostgresReviewStoreTests(PostgresDatabases databases) : ReviewStoreSpecification, IClassFixture<PostgresDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

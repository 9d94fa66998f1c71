namespace DesignStudio.Data.Tests.Reviews;

/// <summary>The review notification specification on the real PostgreSQL test server.</summary>
public sealed class PostgresReviewNotificationTests(PostgresDatabases databases) : ReviewNotificationSpecification, IClassFixture<PostgresDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

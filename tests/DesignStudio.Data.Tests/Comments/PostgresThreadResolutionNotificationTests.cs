namespace DesignStudio.Data.Tests.Comments;

/// <summary>Thread resolution notifications on the real PostgreSQL test server.</summary>
public sealed class PostgresThreadResolutionNotificationTests(PostgresDatabases databases) : ThreadResolutionNotificationSpecification, IClassFixture<PostgresDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

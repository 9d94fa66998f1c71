namespace DesignStudio.Data.Tests.Comments;

/// <summary>Thread resolution notifications on a real SQLite file.</summary>
public sealed class SqliteThreadResolutionNotificationTests(SqliteDatabases databases) : ThreadResolutionNotificationSpecification, IClassFixture<SqliteDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

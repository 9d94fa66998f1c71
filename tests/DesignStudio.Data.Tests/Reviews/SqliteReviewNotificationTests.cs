namespace DesignStudio.Data.Tests.Reviews;

/// <summary>The review notification specification on a real SQLite file.</summary>
public sealed class SqliteReviewNotificationTests(SqliteDatabases databases) : ReviewNotificationSpecification, IClassFixture<SqliteDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

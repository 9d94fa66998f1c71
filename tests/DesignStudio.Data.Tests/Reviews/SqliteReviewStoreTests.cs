namespace DesignStudio.Data.Tests.Reviews;

/// <summary>The ReviewStore specification on a real SQLite file.</summary>
public sealed class SqliteReviewStoreTests(SqliteDatabases databases) : ReviewStoreSpecification, IClassFixture<SqliteDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

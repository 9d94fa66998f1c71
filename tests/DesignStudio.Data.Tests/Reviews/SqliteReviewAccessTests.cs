namespace DesignStudio.Data.Tests.Reviews;

/// <summary>The ReviewAccess specification on a real SQLite file.</summary>
public sealed class SqliteReviewAccessTests(SqliteDatabases databases) : ReviewAccessSpecification, IClassFixture<SqliteDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

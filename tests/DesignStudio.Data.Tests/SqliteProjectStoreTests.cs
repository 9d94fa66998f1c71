namespace DesignStudio.Data.Tests;

/// <summary>The store specification on a real SQLite file in a temporary folder.</summary>
public sealed class SqliteProjectStoreTests(SqliteDatabases databases) : ProjectStoreSpecification, IClassFixture<SqliteDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();

    protected override Task<ProjectDatabase> EmptyDatabaseAsync() => Task.FromResult(databases.Fresh());
}

namespace DesignStudio.Data.Tests;

/// <summary>The version store specification on a real SQLite file.</summary>
public sealed class SqliteVersionStoreTests(SqliteDatabases databases) : VersionStoreSpecification, IClassFixture<SqliteDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

namespace DesignStudio.Data.Tests;

/// <summary>Share links and activity on a real SQLite file.</summary>
public sealed class SqliteShareLinkTests(SqliteDatabases databases) : ShareLinkSpecification, IClassFixture<SqliteDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

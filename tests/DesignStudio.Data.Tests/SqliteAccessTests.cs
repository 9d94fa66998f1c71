namespace DesignStudio.Data.Tests;

/// <summary>The role × operation matrix on a real SQLite file.</summary>
public sealed class SqliteAccessTests(SqliteDatabases databases) : AccessSpecification, IClassFixture<SqliteDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

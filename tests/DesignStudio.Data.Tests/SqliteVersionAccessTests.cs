namespace DesignStudio.Data.Tests;

/// <summary>The role × version operation matrix on a real SQLite file.</summary>
public sealed class SqliteVersionAccessTests(SqliteDatabases databases) : VersionAccessSpecification, IClassFixture<SqliteDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

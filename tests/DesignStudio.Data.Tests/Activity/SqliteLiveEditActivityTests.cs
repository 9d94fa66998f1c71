namespace DesignStudio.Data.Tests.Activity;

/// <summary>The live-edit activity specification on a real SQLite file.</summary>
public sealed class SqliteLiveEditActivityTests(SqliteDatabases databases) : LiveEditActivitySpecification, IClassFixture<SqliteDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

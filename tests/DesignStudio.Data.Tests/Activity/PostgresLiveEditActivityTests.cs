namespace DesignStudio.Data.Tests.Activity;

/// <summary>The live-edit activity specification on the real PostgreSQL test server.</summary>
public sealed class PostgresLiveEditActivityTests(PostgresDatabases databases) : LiveEditActivitySpecification, IClassFixture<PostgresDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

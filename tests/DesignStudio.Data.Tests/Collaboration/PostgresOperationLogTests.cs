namespace DesignStudio.Data.Tests.Collaboration;

/// <summary>The operation log specification on the real PostgreSQL test server.</summary>
public sealed class PostgresOperationLogTests(PostgresDatabases databases) : OperationLogSpecification, IClassFixture<PostgresDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

namespace DesignStudio.Data.Tests.Collaboration;

/// <summary>The operation log specification on a real SQLite file.</summary>
public sealed class SqliteOperationLogTests(SqliteDatabases databases) : OperationLogSpecification, IClassFixture<SqliteDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

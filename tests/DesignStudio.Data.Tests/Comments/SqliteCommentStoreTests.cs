namespace DesignStudio.Data.Tests.Comments;

/// <summary>Comment threads, mentions and notifications on a real SQLite file.</summary>
public sealed class SqliteCommentStoreTests(SqliteDatabases databases) : CommentStoreSpecification, IClassFixture<SqliteDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

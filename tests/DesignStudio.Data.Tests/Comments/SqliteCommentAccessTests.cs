namespace DesignStudio.Data.Tests.Comments;

/// <summary>The role × comment operation matrix on a real SQLite file.</summary>
public sealed class SqliteCommentAccessTests(SqliteDatabases databases) : CommentAccessSpecification, IClassFixture<SqliteDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

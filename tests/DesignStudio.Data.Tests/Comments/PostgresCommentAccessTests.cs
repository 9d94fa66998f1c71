namespace DesignStudio.Data.Tests.Comments;

/// <summary>The role × comment operation matrix on the real PostgreSQL test server.</summary>
public sealed class PostgresCommentAccessTests(PostgresDatabases databases) : CommentAccessSpecification, IClassFixture<PostgresDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

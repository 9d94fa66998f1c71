namespace DesignStudio.Data.Tests.Comments;

/// <summary>Comment threads, mentions and notifications on the real PostgreSQL test server.</summary>
public sealed class PostgresCommentStoreTests(PostgresDatabases databases) : CommentStoreSpecification, IClassFixture<PostgresDatabases>
{
    protected override Task<ProjectDatabase> MigratedDatabaseAsync() => databases.MigratedAsync();
}

using Microsoft.EntityFrameworkCore;

namespace DesignStudio.Data.Tests;

public sealed class SqliteBackgroundContextTests(SqliteDatabases databases) : IClassFixture<SqliteDatabases>
{
    [Fact]
    public async Task Background_context_commits_without_fsync_and_keeps_foreign_keys()
    {
        var database = await databases.MigratedAsync();
        await using var background = await database.CreateBackgroundContextAsync();

        Assert.Equal(1, await PragmaAsync(background, "synchronous")); // NORMAL
        Assert.Equal(1, await PragmaAsync(background, "foreign_keys"));
    }

    [Fact]
    public async Task Ordinary_contexts_still_commit_with_full_sync_after_a_background_write()
    {
        var database = await databases.MigratedAsync();
        await using (var background = await database.CreateBackgroundContextAsync())
        {
            await background.Database.ExecuteSqlRawAsync("SELECT 1;");
        }
        await using var ordinary = database.CreateContext();

        Assert.Equal(2, await PragmaAsync(ordinary, "synchronous")); // FULL: acknowledged appends are synced
    }

    private static async Task<long> PragmaAsync(ProjectDbContext db, string name)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}

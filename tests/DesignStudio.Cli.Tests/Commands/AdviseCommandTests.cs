using System.Text.Json;
using DesignStudio.TestSupport;

namespace DesignStudio.Cli.Tests.Commands;

public class AdviseCommandTests
{
    private static string BlogPath => Path.Combine(TestEnvironment.RepositoryRoot, "samples", "blog.design.json");

    [Fact]
    public void Skips_what_the_blog_indexes_already_serve_and_proves_with_sqlite()
    {
        using var workload = new TempDesignFile(
            "-- frequency: 100\nSELECT title, created_at FROM posts WHERE user_id = $1 ORDER BY created_at DESC LIMIT 20;\n" +
            "SELECT * FROM posts WHERE id = $1;\n");
        var run = CliRun.Of("advise", BlogPath, "--workload", workload.Path, "--engine", "sqlite");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("skipped: ix_posts_user_id_created_at: Already served by the index ix_posts_user_id_created_at", run.Output);
        Assert.Contains("skipped: ix_posts_id: Already served by the primary key pk_posts", run.Output);
        Assert.Contains("query 1: plan unchanged (SQLite reports no costs)", run.Output);
    }

    [Fact]
    public void Prints_candidates_with_write_cost_as_json()
    {
        using var workload = new TempDesignFile("SELECT id FROM posts WHERE user_id = $1 AND created_at > $2 ORDER BY title LIMIT 10");
        var run = CliRun.Of("advise", BlogPath, "--workload", workload.Path, "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Output);
        var candidates = doc.RootElement.GetProperty("candidates").EnumerateArray().ToArray();
        Assert.Equal(["equality-range-sort", "equality-sort-range"], candidates.Select(c => c.GetProperty("shape").GetString()));
        Assert.All(candidates, c => Assert.StartsWith("+1 index on posts", c.GetProperty("writeCost").GetString()));
        Assert.Equal(JsonValueKind.Null, candidates[0].GetProperty("recommended").ValueKind);
    }

    private static string BlogWithWorkload(string dialect, params string[] sql)
    {
        var design = Core.Serialization.DesignFile.Read(File.ReadAllText(BlogPath)).Design!;
        var stripped = design with
        {
            // 100 posts per user, so the feed has rows to sort.
            Tables = [.. design.Tables.Select(t => t with
            {
                Indexes = [.. t.Indexes.Where(i => i.Name != "ix_posts_user_id_created_at")],
                RowEstimate = t.Name == "posts" ? 20_000 : 200,
            })],
            Workload = [.. sql.Select((q, n) => new Core.Model.WorkloadEntry { Id = "q" + n, Sql = q, Dialect = dialect, Frequency = 10 })],
        };
        return Core.Serialization.DesignFile.Serialize(stripped);
    }

    [Fact]
    public void Uses_the_workload_stored_in_the_design_when_no_file_is_given()
    {
        using var design = new TempDesignFile(BlogWithWorkload("sqlite", "SELECT title FROM posts WHERE user_id = ? ORDER BY created_at DESC LIMIT 20"));
        var run = CliRun.Of("advise", design.Path, "--engine", "sqlite");
        Assert.Equal(0, run.ExitCode);
        Assert.True(run.Output.Contains("RECOMMENDED: CREATE INDEX \"ix_posts_user_id_created_at_title\"", StringComparison.Ordinal), run.Output);
        Assert.Contains("1 of 1 candidate(s) recommended by the sqlite planner", run.Output);
    }

    [Fact]
    public void Without_a_workload_file_or_a_stored_workload_it_says_so()
    {
        var run = CliRun.Of("advise", BlogPath);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the design stores no workload", run.Error);
    }

    [SkippableFact]
    public void Verifies_against_MariaDB_with_engine_mariadb()
    {
        using var design = new TempDesignFile(BlogWithWorkload("mariadb", "SELECT title FROM posts WHERE user_id = ? ORDER BY created_at DESC LIMIT 20"));
        var run = CliRun.Of("advise", design.Path, "--engine", "mariadb", "--verify", TestEnvironment.MariaDbConnectionString);
        Assert.Equal(0, run.ExitCode);
        Assert.True(run.Output.Contains("RECOMMENDED: CREATE INDEX `ix_posts_user_id_created_at_title` ON `posts` (`user_id`, `created_at` DESC, `title`)", StringComparison.Ordinal), run.Output);
        Assert.Contains("recommended by the mariadb planner", run.Output);
        Assert.Contains("query 1: cost ", run.Output);
    }
}

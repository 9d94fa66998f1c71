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
}

using DesignStudio.Core.Analysis.IndexAdvisor;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Engines.IndexAdvisor;

namespace DesignStudio.Engines.Tests.IndexAdvisor;

public class SqliteIndexVerifierTests
{
    private static Design SmallBlog() => PostgreSqlIndexVerifierTests.BareBlog() with
    {
        Tables = [.. PostgreSqlIndexVerifierTests.BareBlog().Tables.Select(t => t with { RowEstimate = t.Name == "posts" ? 20_000 : 2_000 })],
    };

    [Fact]
    public async Task SQLite_uses_the_feed_index_and_not_one_a_leading_wildcard_cannot_use()
    {
        var design = SmallBlog();
        var advice = WorkloadAdvisor.Advise(design,
            [new WorkloadQuery(PostgreSqlIndexVerifierTests.Feed), new WorkloadQuery("SELECT * FROM users WHERE display_name LIKE '%son'")], DialectNames.Sqlite);
        var feed = Assert.Single(advice.Candidates);
        var forced = new IndexCandidate
        {
            Name = "ix_users_display_name", TableId = "tbl_users", Parts = [IndexPart.OfColumn("col_users_display_name")], Shape = "other", QueryNumbers = [1],
        };
        var report = await new SqliteIndexVerifier().VerifyAsync(design, advice with { Candidates = [feed, forced] });

        Assert.Empty(report.Diagnostics);
        Assert.Equal(20_000, report.Rows["posts"]);
        Assert.Contains("SCAN posts", report.Queries[0].PlanBefore);
        Assert.Equal([feed.Name], report.Queries[0].CandidatesUsed);
        Assert.True(report.Verdicts[0].Recommended, report.Verdicts[0].Reason);
        Assert.False(report.Verdicts[1].Recommended);
        Assert.Equal("No benefit: no plan uses it.", report.Verdicts[1].Reason);
    }

    [Fact]
    public async Task Cancelling_while_the_last_table_is_filled_stops_the_verification_and_deletes_the_file()
    {
        var design = PostgreSqlIndexVerifierTests.BareBlog() with
        {
            Tables = [.. PostgreSqlIndexVerifierTests.BareBlog().Tables.Select(t => t with { RowEstimate = t.Name == "posts" ? 2_000_000 : 1_000 })],
        };
        using var cancel = new CancellationTokenSource();
        string? scratch = null;
        var progress = new SynchronousProgress(step =>
        {
            if (step.StartsWith(VerificationSteps.CreatedPrefix, StringComparison.Ordinal)) scratch = step[VerificationSteps.CreatedPrefix.Length..];
            // From another thread while the INSERT of posts (the last table) is running: nothing checks the token after it.
            else if (step.StartsWith("Filling posts", StringComparison.Ordinal)) cancel.CancelAfter(TimeSpan.FromMilliseconds(200));
        });
        var advice = WorkloadAdvisor.Advise(design, [new WorkloadQuery(PostgreSqlIndexVerifierTests.Feed)], DialectNames.Sqlite);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new SqliteIndexVerifier { Progress = progress }.VerifyAsync(design, advice, cancel.Token));

        Assert.NotNull(scratch);
        Assert.False(File.Exists(scratch), "the scratch database file is deleted");
    }
}

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
}

using DesignStudio.Core.Analysis.IndexAdvisor;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Engines.IndexAdvisor;
using DesignStudio.TestSupport;
using MySqlConnector;

namespace DesignStudio.Engines.Tests.IndexAdvisor;

/// <summary>The index advisor's candidates checked by the real MariaDB optimizer (EXPLAIN FORMAT=JSON).</summary>
public class MySqlIndexVerifierTests
{
    internal const string Feed = "SELECT title, created_at FROM posts WHERE user_id = ? ORDER BY created_at DESC LIMIT 20";
    internal const string Login = "SELECT id FROM users WHERE email = ? AND is_active = true";

    private static IndexAdvice Advise(Design design, params string[] sql) =>
        WorkloadAdvisor.Advise(design, sql.Select(s => new WorkloadQuery(s)).ToArray(), DialectNames.MariaDb);

    private static MySqlIndexVerifier Verifier(IProgress<string>? progress = null) =>
        new(TestEnvironment.MariaDbConnectionString) { Progress = progress };

    [SkippableFact]
    public async Task The_optimizer_uses_the_feed_and_login_indexes_and_their_cost_drops()
    {
        var design = PostgreSqlIndexVerifierTests.BareBlog();
        var advice = Advise(design, Feed, Login);
        Assert.Equal(2, advice.Candidates.Count);
        var report = await Verifier().VerifyAsync(design, advice);

        Assert.True(report.Diagnostics.Count == 0, string.Join("\n", report.Diagnostics));
        Assert.Equal(DialectNames.MariaDb, report.Engine);
        Assert.Equal(100_000, report.Rows["posts"]);
        Assert.All(report.Verdicts, v => Assert.True(v.Recommended, v.Candidate.Name + ": " + v.Reason));
        Assert.Equal([[advice.Candidates[0].Name], [advice.Candidates[1].Name]], report.Queries.Select(q => q.CandidatesUsed.ToArray()));
        Assert.All(report.Queries, q => Assert.True(q.CostAfter < q.CostBefore, $"{q.Sql}: {q.CostBefore} → {q.CostAfter}"));
        // InnoDB indexes every foreign key itself: before, the feed reads posts by the user_id index and sorts.
        Assert.Contains("filesort", report.Queries[0].PlanBefore);
        Assert.DoesNotContain("filesort", report.Queries[0].PlanAfter);
        Assert.Contains("ALL on users", report.Queries[1].PlanBefore);
        Assert.Contains("using " + advice.Candidates[0].Name, report.Queries[0].PlanAfter);
        Assert.Contains("\"query_block\"", report.Queries[0].RawPlanAfter);
    }

    [SkippableFact]
    public async Task A_candidate_the_optimizer_does_not_use_is_reported_as_no_benefit()
    {
        var design = PostgreSqlIndexVerifierTests.BareBlog();
        var advice = Advise(design, "SELECT * FROM users WHERE is_active = ?");
        Assert.Empty(advice.Candidates);
        var forced = new IndexCandidate
        {
            Name = "ix_users_is_active", TableId = "tbl_users", Parts = [IndexPart.OfColumn("col_users_is_active")], Shape = "equality", QueryNumbers = [0],
        };
        var report = await Verifier().VerifyAsync(design, advice with { Candidates = [forced] });
        var verdict = Assert.Single(report.Verdicts);
        Assert.False(verdict.Recommended, verdict.Reason);
        Assert.StartsWith("No benefit", verdict.Reason, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_optimizer_chooses_one_of_the_two_composite_orders()
    {
        var design = PostgreSqlIndexVerifierTests.BareBlog();
        var advice = Advise(design, "SELECT id FROM posts WHERE user_id = ? AND created_at > ? ORDER BY title LIMIT 10");
        Assert.Equal(2, advice.Candidates.Count);
        var report = await Verifier().VerifyAsync(design, advice);
        Assert.Equal(2, report.Verdicts.Count);
        Assert.Single(report.Verdicts, v => v.Reason.StartsWith("The other order", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Cancelling_mid_verification_drops_the_scratch_database()
    {
        var design = PostgreSqlIndexVerifierTests.BareBlog();
        var advice = Advise(design, Feed);
        using var cancel = new CancellationTokenSource();
        string? scratch = null;
        var progress = new SynchronousProgress(step =>
        {
            if (step.StartsWith(VerificationSteps.CreatedPrefix, StringComparison.Ordinal)) scratch = step[VerificationSteps.CreatedPrefix.Length..];
            else if (step.StartsWith("Filling posts", StringComparison.Ordinal)) cancel.Cancel(); // while rows are being written
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Verifier(progress).VerifyAsync(design, advice, cancel.Token));

        Assert.NotNull(scratch);
        Assert.False(await DatabaseExistsAsync(scratch!));
    }

    [SkippableFact]
    public async Task A_query_that_does_not_parse_is_reported_and_the_database_still_dropped()
    {
        var design = PostgreSqlIndexVerifierTests.BareBlog();
        string? scratch = null;
        var progress = new SynchronousProgress(step =>
        {
            if (step.StartsWith(VerificationSteps.CreatedPrefix, StringComparison.Ordinal)) scratch = step[VerificationSteps.CreatedPrefix.Length..];
        });
        var report = await Verifier(progress).VerifyAsync(design, Advise(design, "SELECT id FROM posts WHERE to_tsvector(content) @@ ?"));
        Assert.NotNull(Assert.Single(report.Queries).Error);
        Assert.False(await DatabaseExistsAsync(scratch!));
    }

    internal static async Task<bool> DatabaseExistsAsync(string name)
    {
        await using var connection = new MySqlConnection(TestEnvironment.MariaDbConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = @n", connection);
        command.Parameters.AddWithValue("n", name);
        return Convert.ToInt64(await command.ExecuteScalarAsync()) > 0;
    }
}

using DesignStudio.Core.Analysis.IndexAdvisor;
using DesignStudio.Core.Model;
using DesignStudio.Core.Samples;
using DesignStudio.Engines.IndexAdvisor;
using DesignStudio.TestSupport;

namespace DesignStudio.Engines.Tests.IndexAdvisor;

/// <summary>The index advisor's candidates checked by the real PostgreSQL planner (HypoPG installed on the test cluster).</summary>
public class PostgreSqlIndexVerifierTests
{
    internal const string Feed = "SELECT title, created_at FROM posts WHERE user_id = $1 ORDER BY created_at DESC LIMIT 20";
    internal const string Login = "SELECT id FROM users WHERE email = $1 AND is_active = true";
    internal const string Search = "SELECT id, title FROM posts WHERE to_tsvector('english', content) @@ plainto_tsquery('english', $1)";

    /// <summary>The blog sample without the indexes the seed's workload needs, with row estimates for a small sandbox.</summary>
    internal static Design BareBlog()
    {
        var design = SampleDesigns.Blog();
        string[] without = ["ix_posts_user_id_created_at", "ix_users_email_active", "uq_users_email", "ix_posts_content_fulltext"];
        var rows = new Dictionary<string, long> { ["users"] = 10_000, ["posts"] = 100_000, ["tags"] = 1_000 };
        return design with
        {
            Tables = [.. design.Tables.Select(t => t with
            {
                RowEstimate = rows.GetValueOrDefault(t.Name, 50_000),
                Indexes = [.. t.Indexes.Where(i => !without.Contains(i.Id))],
                Uniques = [.. t.Uniques.Where(u => !without.Contains(u.Id))],
                Columns = [.. t.Columns.Select(c => c.Id == "col_users_email" ? c with { DistinctEstimate = 10_000 } : c)],
            })],
        };
    }

    internal static IndexAdvice Advise(Design design, params string[] sql) =>
        WorkloadAdvisor.Advise(design, sql.Select(s => new WorkloadQuery(s)).ToArray());

    [SkippableFact]
    public async Task The_planner_uses_the_covering_partial_and_full_text_candidates_of_the_seed_workload()
    {
        var design = BareBlog();
        var advice = Advise(design, Feed, Login, Search);
        Assert.Equal(3, advice.Candidates.Count);
        var report = await new PostgreSqlIndexVerifier(TestEnvironment.PostgresConnectionString).VerifyAsync(design, advice);

        Assert.Empty(report.Diagnostics);
        Assert.True(report.Hypothetical);
        Assert.Equal(100_000, report.Rows["posts"]);
        Assert.All(report.Verdicts, v => Assert.True(v.Recommended, v.Candidate.Name + ": " + v.Reason));
        Assert.Equal([["ix_posts_user_id_created_at"], ["ix_users_email_partial"], ["ix_posts_content_fts"]],
            report.Queries.Select(q => q.CandidatesUsed.ToArray()));
        Assert.All(report.Queries, q => Assert.True(q.CostAfter < q.CostBefore, $"{q.Sql}: {q.CostBefore} → {q.CostAfter}"));
        Assert.Contains("Seq Scan on posts", report.Queries[0].PlanBefore);
        Assert.Contains("btree_posts_user_id_created_at", report.Queries[0].PlanAfter); // HypoPG's name for the hypothetical index
    }

    [SkippableFact]
    public async Task A_candidate_no_plan_uses_is_reported_as_no_benefit()
    {
        var design = BareBlog();
        var advice = Advise(design, "SELECT * FROM users WHERE is_active = $1");
        Assert.Empty(advice.Candidates); // two values: the static advice already declines
        var forced = new IndexCandidate
        {
            Name = "ix_users_is_active", TableId = "tbl_users", Parts = [IndexPart.OfColumn("col_users_is_active")], Shape = "equality", QueryNumbers = [0],
        };
        var report = await new PostgreSqlIndexVerifier(TestEnvironment.PostgresConnectionString)
            .VerifyAsync(design, advice with { Candidates = [forced] });
        var verdict = Assert.Single(report.Verdicts);
        Assert.False(verdict.Recommended);
        Assert.Equal("No benefit: no plan uses it.", verdict.Reason);
        Assert.Contains("Seq Scan on users", report.Queries[0].PlanAfter);
    }

    [SkippableFact]
    public async Task The_planner_chooses_one_of_the_two_composite_orders()
    {
        var design = BareBlog();
        var advice = Advise(design, "SELECT id FROM posts WHERE user_id = $1 AND created_at > $2 ORDER BY title LIMIT 10");
        Assert.Equal(2, advice.Candidates.Count);
        var report = await new PostgreSqlIndexVerifier(TestEnvironment.PostgresConnectionString).VerifyAsync(design, advice);
        Assert.Equal(2, report.Verdicts.Count);
        Assert.Single(report.Verdicts, v => v.Reason.StartsWith("The other order", StringComparison.Ordinal));
        Assert.Single(report.Verdicts, v => v.Recommended);
    }

    [SkippableFact]
    public async Task Reports_a_query_in_another_dialect_as_unplannable_and_cancellation_still_drops_the_database()
    {
        var design = BareBlog();
        var advice = Advise(design, "SELECT `id` FROM `posts` WHERE `user_id` = 1");
        var report = await new PostgreSqlIndexVerifier(TestEnvironment.PostgresConnectionString).VerifyAsync(design, advice);
        Assert.NotNull(Assert.Single(report.Queries).Error);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new PostgreSqlIndexVerifier(TestEnvironment.PostgresConnectionString).VerifyAsync(design, advice, cancelled.Token));
    }

    [SkippableFact]
    public async Task Cancelling_while_rows_are_written_drops_the_scratch_database()
    {
        var design = BareBlog();
        using var cancel = new CancellationTokenSource();
        string? scratch = null;
        var progress = new SynchronousProgress(step =>
        {
            if (step.StartsWith(VerificationSteps.CreatedPrefix, StringComparison.Ordinal)) scratch = step[VerificationSteps.CreatedPrefix.Length..];
            else if (step.StartsWith("Filling posts", StringComparison.Ordinal)) cancel.Cancel();
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new PostgreSqlIndexVerifier(TestEnvironment.PostgresConnectionString) { Progress = progress }.VerifyAsync(design, Advise(design, Feed), cancel.Token));

        Assert.NotNull(scratch);
        await using var connection = new Npgsql.NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @n", connection);
        command.Parameters.AddWithValue("n", scratch!);
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }
}

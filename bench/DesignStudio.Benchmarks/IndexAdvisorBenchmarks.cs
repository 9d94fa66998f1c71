using BenchmarkDotNet.Attributes;
using DesignStudio.Core.Analysis.IndexAdvisor;
using DesignStudio.Core.Model;
using DesignStudio.Core.Samples;
using DesignStudio.Engines.IndexAdvisor;

namespace DesignStudio.Benchmarks;

/// <summary>
/// Index advisor on the seed's workload (feed, login, full-text search) against the blog sample without the indexes
/// those queries need: the static advice, and the planner proof on PostgreSQL (DESIGNSTUDIO_TEST_POSTGRES; scratch
/// database, 10k users / 100k posts of synthetic rows, HypoPG), SQLite, and MariaDB (DESIGNSTUDIO_TEST_MARIADB; the same
/// workload in MySQL syntax, real indexes).
/// </summary>
[MemoryDiagnoser]
public class IndexAdvisorBenchmarks
{
    private static readonly WorkloadQuery[] Workload =
    [
        new("SELECT title, created_at FROM posts WHERE user_id = $1 ORDER BY created_at DESC LIMIT 20", 100),
        new("SELECT id FROM users WHERE email = $1 AND is_active = true", 10),
        new("SELECT id, title FROM posts WHERE to_tsvector('english', content) @@ plainto_tsquery('english', $1)", 5),
    ];

    private static readonly WorkloadQuery[] MySqlWorkload =
    [
        new("SELECT title, created_at FROM posts WHERE user_id = ? ORDER BY created_at DESC LIMIT 20", 100),
        new("SELECT id FROM users WHERE email = ? AND is_active = true", 10),
        new("SELECT id, title FROM posts WHERE MATCH(content) AGAINST (?)", 5),
    ];

    private Design design = null!;
    private IndexAdvice advice = null!;

    /// <summary>The bare blog design and its static advice.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var blog = SampleDesigns.Blog();
        string[] without = ["ix_posts_user_id_created_at", "ix_users_email_active", "uq_users_email", "ix_posts_content_fulltext"];
        var rows = new Dictionary<string, long> { ["users"] = 10_000, ["posts"] = 100_000, ["tags"] = 1_000 };
        design = blog with
        {
            Tables = [.. blog.Tables.Select(t => t with
            {
                RowEstimate = rows.GetValueOrDefault(t.Name, 50_000),
                Indexes = [.. t.Indexes.Where(i => !without.Contains(i.Id))],
                Uniques = [.. t.Uniques.Where(u => !without.Contains(u.Id))],
                Columns = [.. t.Columns.Select(c => c.Id == "col_users_email" ? c with { DistinctEstimate = 10_000 } : c)],
            })],
        };
        advice = WorkloadAdvisor.Advise(design, Workload);
    }

    /// <summary>Query analysis and candidate generation only.</summary>
    [Benchmark]
    public int StaticAdvice() => WorkloadAdvisor.Advise(design, Workload).Candidates.Count;

    /// <summary>The whole PostgreSQL proof: scratch database, synthetic rows, ANALYZE, EXPLAIN before/after, drop.</summary>
    [Benchmark]
    public async Task<int> VerifyOnPostgreSql()
    {
        var server = Environment.GetEnvironmentVariable("DESIGNSTUDIO_TEST_POSTGRES")
                     ?? throw new InvalidOperationException("Set DESIGNSTUDIO_TEST_POSTGRES (source scripts/engines.sh && start_engines).");
        var report = await new PostgreSqlIndexVerifier(server).VerifyAsync(design, advice);
        return report.Verdicts.Count(v => v.Recommended);
    }

    /// <summary>The SQLite proof in process.</summary>
    [Benchmark]
    public async Task<int> VerifyOnSqlite() =>
        (await new SqliteIndexVerifier().VerifyAsync(design, WorkloadAdvisor.Advise(design, Workload, "sqlite"))).Verdicts.Count(v => v.Recommended);

    /// <summary>The whole MariaDB proof: scratch database, synthetic rows, ANALYZE TABLE, EXPLAIN FORMAT=JSON before/after, drop.</summary>
    [Benchmark]
    public async Task<int> VerifyOnMariaDb()
    {
        var server = Environment.GetEnvironmentVariable("DESIGNSTUDIO_TEST_MARIADB")
                     ?? throw new InvalidOperationException("Set DESIGNSTUDIO_TEST_MARIADB (source scripts/engines.sh && start_engines).");
        var report = await new MySqlIndexVerifier(server).VerifyAsync(design, WorkloadAdvisor.Advise(design, MySqlWorkload, "mariadb"));
        return report.Verdicts.Count(v => v.Recommended);
    }
}

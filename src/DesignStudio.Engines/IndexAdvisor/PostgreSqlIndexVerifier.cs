using System.Diagnostics;
using System.Globalization;
using DesignStudio.Core.Analysis.IndexAdvisor;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Engines.Execution;
using Npgsql;

namespace DesignStudio.Engines.IndexAdvisor;

/// <summary>
/// Proves index candidates with the PostgreSQL planner: creates the design in a scratch database (always dropped,
/// also after errors and cancellation), fills it with <see cref="SyntheticData"/>, runs ANALYZE, then plans every
/// workload query with <c>EXPLAIN (FORMAT JSON)</c> as a generic plan (placeholders need no values) before and after
/// the candidates — hypothetical indexes from HypoPG when the extension can be created, real indexes otherwise.
/// Between the two composite orders of a query it keeps the one the planner prices lower.
/// </summary>
public sealed class PostgreSqlIndexVerifier(string serverConnectionString)
{
    /// <summary>Receives what the verification is doing (the scratch database's name first), for progress displays.</summary>
    public IProgress<string>? Progress { get; init; }

    /// <summary>Diagnostic code: the schema or the synthetic rows could not be created.</summary>
    public const string SetupFailed = "IX910";

    /// <summary>Verifies <paramref name="advice"/> for <paramref name="design"/>.</summary>
    public async Task<VerificationReport> VerifyAsync(Design design, IndexAdvice advice, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        await using var scratch = await ScratchDatabase.CreatePostgreSqlAsync(serverConnectionString, cancellationToken).ConfigureAwait(false);
        Progress?.Report(VerificationSteps.Created(scratch.Name));
        await using var connection = new NpgsqlConnection(scratch.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var session = new PlannerSession(connection, cancellationToken);

        foreach (var statement in DialectRegistry.Get(DialectNames.PostgreSql).GenerateDdl(design).Statements)
        {
            if (await session.TryRunAsync(statement.Sql).ConfigureAwait(false) is { } error)
                diagnostics.Add(new Diagnostic(SetupFailed, Severity.Error, "schema", $"{error} in: {statement.Sql}"));
        }
        var data = new SyntheticData(design, DialectNames.PostgreSql);
        var rows = new Dictionary<string, long>();
        foreach (var (table, sql) in data.Statements())
        {
            Progress?.Report(VerificationSteps.Filling(table.Name));
            if (await session.TryRunAsync(sql).ConfigureAwait(false) is { } error)
                diagnostics.Add(new Diagnostic(SetupFailed, Severity.Warning, table.Name, $"Synthetic rows could not be inserted: {error}"));
            else rows[table.Name] = data.RowsOf(table);
        }
        await session.TryRunAsync("ANALYZE").ConfigureAwait(false);
        var hypothetical = await session.TryRunAsync("CREATE EXTENSION IF NOT EXISTS hypopg").ConfigureAwait(false) is null;
        await session.TryRunAsync("SET plan_cache_mode = force_generic_plan").ConfigureAwait(false);

        Progress?.Report(VerificationSteps.Planning);
        var queries = advice.Queries.Select(a => a.Query).ToArray();
        var before = new PlannedQuery[queries.Length];
        for (var n = 0; n < queries.Length; n++) before[n] = await session.ExplainAsync(queries[n].Sql).ConfigureAwait(false);

        var verdicts = new List<CandidateVerdict>();
        var chosen = new List<IndexCandidate>();
        foreach (var group in advice.Candidates.GroupBy(c => c.AlternativeGroup ?? c.Name))
        {
            var options = group.ToList();
            if (options.Count == 1) { chosen.Add(options[0]); continue; }
            var priced = new List<(IndexCandidate Candidate, double Cost)>();
            foreach (var option in options)
            {
                var created = await session.CreateAsync(design, option, hypothetical, "ds_adv_try").ConfigureAwait(false);
                var cost = 0.0;
                foreach (var n in option.QueryNumbers)
                    cost += queries[n].Frequency * ((await session.ExplainAsync(queries[n].Sql).ConfigureAwait(false)).Cost ?? 0);
                await session.DropAsync(created).ConfigureAwait(false);
                priced.Add((option, cost));
            }
            var best = priced.MinBy(p => p.Cost);
            chosen.Add(best.Candidate);
            foreach (var (candidate, cost) in priced.Where(p => p.Candidate != best.Candidate))
                verdicts.Add(new CandidateVerdict(candidate, false,
                    $"The other order ({best.Candidate.Shape}) plans cheaper: weighted cost {F(best.Cost)} against {F(cost)}."));
        }

        var names = new Dictionary<string, IndexCandidate>(StringComparer.Ordinal);
        foreach (var candidate in chosen)
        {
            var created = await session.CreateAsync(design, candidate, hypothetical, candidate.Name).ConfigureAwait(false);
            if (created.Error is { } e) diagnostics.Add(new Diagnostic(SetupFailed, Severity.Warning, candidate.Name, $"The candidate could not be created: {e}"));
            else names[created.Name] = candidate;
        }

        var changes = new List<QueryPlanChange>();
        for (var n = 0; n < queries.Length; n++)
        {
            var after = await session.ExplainAsync(queries[n].Sql).ConfigureAwait(false);
            changes.Add(new QueryPlanChange
            {
                QueryNumber = n, Sql = queries[n].Sql, CostBefore = before[n].Cost, CostAfter = after.Cost,
                PlanBefore = before[n].Summary, PlanAfter = after.Summary, RawPlanBefore = before[n].Raw, RawPlanAfter = after.Raw,
                CandidatesUsed = after.Indexes.Where(names.ContainsKey).Select(i => names[i].Name).Distinct().ToArray(),
                Error = before[n].Error ?? after.Error,
            });
        }
        foreach (var candidate in chosen) verdicts.Add(Judge(candidate, changes));
        return new VerificationReport
        {
            Engine = DialectNames.PostgreSql, Hypothetical = hypothetical, Queries = changes,
            Verdicts = [.. verdicts.OrderBy(v => advice.Candidates.ToList().IndexOf(v.Candidate))],
            Rows = rows, Diagnostics = diagnostics, Elapsed = clock.Elapsed,
        };
    }

    internal static CandidateVerdict Judge(IndexCandidate candidate, IReadOnlyList<QueryPlanChange> changes)
    {
        var users = changes.Where(c => c.CandidatesUsed.Contains(candidate.Name)).ToList();
        var better = users.Where(c => c.CostBefore is null || c.CostAfter < c.CostBefore).ToList();
        if (better.Count == 0)
            return new CandidateVerdict(candidate, false, users.Count == 0 ? "No benefit: no plan uses it." : "No benefit: the plans using it are not cheaper.");
        var detail = string.Join("; ", better.Select(c => c.CostBefore is { } b && c.CostAfter is { } a
            ? $"query {c.QueryNumber + 1}: cost {F(b)} → {F(a)}" : $"query {c.QueryNumber + 1}: {c.PlanAfter}"));
        return new CandidateVerdict(candidate, true, "Used by the planner: " + detail + ".");
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

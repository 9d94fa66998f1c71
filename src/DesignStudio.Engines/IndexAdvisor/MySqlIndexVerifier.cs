using System.Diagnostics;
using System.Globalization;
using DesignStudio.Core.Analysis.IndexAdvisor;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Engines.Execution;
using MySqlConnector;

namespace DesignStudio.Engines.IndexAdvisor;

/// <summary>
/// Proves index candidates with the MySQL or MariaDB optimizer: creates the design in a scratch database (always
/// dropped, also after errors and cancellation), fills it with <see cref="SyntheticData"/>, runs ANALYZE TABLE, then
/// plans every workload query with <c>EXPLAIN FORMAT=JSON</c> (placeholders bound by <see cref="QueryPlaceholders"/>)
/// before and after real candidate indexes. The cost is the document's own where it has one (MySQL) and otherwise the
/// optimizer's <c>Last_query_cost</c> of that EXPLAIN (MariaDB 10). Between the two composite orders of a query it keeps
/// the cheaper. Partial indexes and INCLUDE do not exist there: such candidates are planned without them.
/// </summary>
public sealed class MySqlIndexVerifier(string serverConnectionString, string engine = DialectNames.MariaDb)
{
    /// <summary>Receives what the verification is doing (the scratch database's name first), for progress displays.</summary>
    public IProgress<string>? Progress { get; init; }

    /// <summary>Verifies <paramref name="advice"/> for <paramref name="design"/>.</summary>
    public async Task<VerificationReport> VerifyAsync(Design design, IndexAdvice advice, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        await using var scratch = await ScratchDatabase.CreateMySqlAsync(serverConnectionString, engine, cancellationToken).ConfigureAwait(false);
        Progress?.Report(VerificationSteps.Created(scratch.Name));
        await using var connection = new MySqlConnection(scratch.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var session = new Session(connection, design, cancellationToken);

        foreach (var statement in DialectRegistry.Get(engine).GenerateDdl(design).Statements)
        {
            if (await session.TryRunAsync(statement.Sql).ConfigureAwait(false) is { } error)
                diagnostics.Add(new Diagnostic(PostgreSqlIndexVerifier.SetupFailed, Severity.Error, "schema", $"{error} in: {statement.Sql}"));
        }
        var data = new SyntheticData(design, engine);
        var rows = new Dictionary<string, long>();
        // The recursive CTE needs as many iterations as the largest table has rows: MySQL and MariaDB cap them differently.
        var depth = data.Statements().Select(s => data.RowsOf(s.Table)).DefaultIfEmpty(1).Max() + 1;
        await session.TryRunAsync($"SET SESSION cte_max_recursion_depth = {depth}").ConfigureAwait(false); // MySQL
        await session.TryRunAsync($"SET SESSION max_recursive_iterations = {depth}").ConfigureAwait(false); // MariaDB
        foreach (var (table, sql) in data.Statements())
        {
            Progress?.Report(VerificationSteps.Filling(table.Name));
            if (await session.TryRunAsync(sql).ConfigureAwait(false) is { } error)
                diagnostics.Add(new Diagnostic(PostgreSqlIndexVerifier.SetupFailed, Severity.Warning, table.Name, $"Synthetic rows could not be inserted: {error}"));
            else rows[table.Name] = data.RowsOf(table);
        }
        await AnalyzeAsync(session, design).ConfigureAwait(false);

        Progress?.Report(VerificationSteps.Planning);
        var queries = advice.Queries.Select(a => a.Query).ToArray();
        var before = new Planned[queries.Length];
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
                await session.TryRunAsync(CreateSql(design, option)).ConfigureAwait(false);
                var cost = 0.0;
                foreach (var n in option.QueryNumbers) cost += queries[n].Frequency * ((await session.ExplainAsync(queries[n].Sql).ConfigureAwait(false)).Cost ?? 0);
                await session.TryRunAsync(DropSql(design, option)).ConfigureAwait(false);
                priced.Add((option, cost));
            }
            var best = priced.MinBy(p => p.Cost);
            chosen.Add(best.Candidate);
            foreach (var (candidate, cost) in priced.Where(p => p.Candidate != best.Candidate))
                verdicts.Add(new CandidateVerdict(candidate, false, $"The other order ({best.Candidate.Shape}) plans cheaper: weighted cost {F(best.Cost)} against {F(cost)}."));
        }

        var created = new List<IndexCandidate>();
        foreach (var candidate in chosen)
        {
            if (await session.TryRunAsync(CreateSql(design, candidate)).ConfigureAwait(false) is { } e)
                diagnostics.Add(new Diagnostic(PostgreSqlIndexVerifier.SetupFailed, Severity.Warning, candidate.Name, $"The candidate could not be created: {e}"));
            else created.Add(candidate);
        }
        await AnalyzeAsync(session, design).ConfigureAwait(false);

        var changes = new List<QueryPlanChange>();
        for (var n = 0; n < queries.Length; n++)
        {
            var after = await session.ExplainAsync(queries[n].Sql).ConfigureAwait(false);
            changes.Add(new QueryPlanChange
            {
                QueryNumber = n, Sql = queries[n].Sql, CostBefore = before[n].Cost, CostAfter = after.Cost,
                PlanBefore = before[n].Summary, PlanAfter = after.Summary, RawPlanBefore = before[n].Raw, RawPlanAfter = after.Raw,
                CandidatesUsed = created.Where(c => after.Indexes.Contains(c.Name, StringComparer.OrdinalIgnoreCase)).Select(c => c.Name).ToArray(),
                Error = before[n].Error ?? after.Error,
            });
        }
        foreach (var candidate in chosen) verdicts.Add(PostgreSqlIndexVerifier.Judge(candidate, changes));
        return new VerificationReport
        {
            Engine = engine, Queries = changes, Rows = rows, Diagnostics = diagnostics, Elapsed = clock.Elapsed,
            Verdicts = [.. verdicts.OrderBy(v => advice.Candidates.ToList().IndexOf(v.Candidate))],
        };
    }

    /// <summary>The candidate as MySQL can build it: no INCLUDE, no WHERE (neither exists there).</summary>
    private string CreateSql(Design design, IndexCandidate candidate) =>
        CandidateSql.CreateIndex(design, candidate with { IncludeColumnIds = [], Where = null }, engine);

    private string DropSql(Design design, IndexCandidate candidate)
    {
        var d = DialectRegistry.Get(engine);
        return $"DROP INDEX {d.QuoteIdentifier(candidate.Name)} ON {d.QuoteIdentifier(design.GetTable(candidate.TableId).Name)}";
    }

    private async Task AnalyzeAsync(Session session, Design design)
    {
        var d = DialectRegistry.Get(engine);
        foreach (var table in design.Tables) await session.TryRunAsync("ANALYZE TABLE " + d.QuoteIdentifier(table.Name)).ConfigureAwait(false);
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed record Planned(double? Cost, string Summary, IReadOnlyList<string> Indexes, string Raw, string? Error);

    /// <summary>One connection of the verifier.</summary>
    private sealed class Session(MySqlConnection connection, Design design, CancellationToken cancellationToken)
    {
        public async Task<string?> TryRunAsync(string sql)
        {
            try
            {
                await using var command = new MySqlCommand(sql, connection) { CommandTimeout = 600 };
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false); // ANALYZE TABLE returns rows
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) { }
                return null;
            }
            catch (MySqlException e) when (!cancellationToken.IsCancellationRequested)
            {
                return $"{e.ErrorCode}: {e.Message}";
            }
        }

        public async Task<Planned> ExplainAsync(string sql)
        {
            try
            {
                string json;
                await using (var explain = new MySqlCommand("EXPLAIN FORMAT=JSON " + QueryPlaceholders.Bind(sql, design), connection))
                    json = Convert.ToString(await explain.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) ?? "";
                var (cost, summary, indexes) = MySqlPlanJson.Read(json);
                if (cost is null)
                {
                    await using var status = new MySqlCommand("SHOW SESSION STATUS LIKE 'Last_query_cost'", connection);
                    await using var reader = await status.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                        && double.TryParse(reader.GetString(1), NumberStyles.Float, CultureInfo.InvariantCulture, out var last) && last > 0) cost = last;
                }
                return new Planned(cost, summary, indexes, json, null);
            }
            catch (MySqlException e) when (!cancellationToken.IsCancellationRequested)
            {
                return new Planned(null, "", [], "", $"{e.ErrorCode}: {e.Message}");
            }
        }
    }
}

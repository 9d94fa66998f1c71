using System.Diagnostics;
using DesignStudio.Core.Analysis.IndexAdvisor;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Engines.Execution;
using Microsoft.Data.Sqlite;

namespace DesignStudio.Engines.IndexAdvisor;

/// <summary>
/// Proves index candidates with SQLite's planner in process: the design in a temporary database file (always
/// deleted), synthetic rows, ANALYZE, then <c>EXPLAIN QUERY PLAN</c> before and after real candidate indexes.
/// SQLite reports no costs: a candidate is recommended when a plan uses it.
/// </summary>
public sealed class SqliteIndexVerifier
{
    /// <summary>Receives what the verification is doing (the scratch database's name first), for progress displays.</summary>
    public IProgress<string>? Progress { get; init; }

    /// <summary>Verifies <paramref name="advice"/> for <paramref name="design"/>.</summary>
    public async Task<VerificationReport> VerifyAsync(Design design, IndexAdvice advice, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        await using var scratch = ScratchDatabase.CreateSqlite();
        Progress?.Report(VerificationSteps.Created(scratch.Name));
        await using var connection = new SqliteConnection(scratch.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // A long INSERT or EXPLAIN does not look at the token: interrupting the connection stops it mid-statement.
        await using var interrupt = cancellationToken.Register(() => SQLitePCL.raw.sqlite3_interrupt(connection.Handle));

        foreach (var statement in DialectRegistry.Get(DialectNames.Sqlite).GenerateDdl(design).Statements)
        {
            if (Run(connection, statement.Sql) is { } error)
                diagnostics.Add(new Diagnostic(PostgreSqlIndexVerifier.SetupFailed, Severity.Error, "schema", $"{error} in: {statement.Sql}"));
        }
        var data = new SyntheticData(design, DialectNames.Sqlite);
        var rows = new Dictionary<string, long>();
        foreach (var (table, sql) in data.Statements())
        {
            Progress?.Report(VerificationSteps.Filling(table.Name));
            cancellationToken.ThrowIfCancellationRequested();
            if (Run(connection, sql) is { } error)
                diagnostics.Add(new Diagnostic(PostgreSqlIndexVerifier.SetupFailed, Severity.Warning, table.Name, $"Synthetic rows could not be inserted: {error}"));
            else rows[table.Name] = data.RowsOf(table);
        }
        cancellationToken.ThrowIfCancellationRequested();
        Run(connection, "ANALYZE");

        Progress?.Report(VerificationSteps.Planning);
        var queries = advice.Queries.Select(a => a.Query).ToArray();
        var before = queries.Select(q => Explain(connection, q.Sql)).ToArray();
        var verdicts = new List<CandidateVerdict>();
        var chosen = new List<IndexCandidate>();
        foreach (var group in advice.Candidates.GroupBy(c => c.AlternativeGroup ?? c.Name))
        {
            var usable = new List<(IndexCandidate Candidate, int Uses)>();
            foreach (var option in group)
            {
                if (option.Method != IndexMethod.BTree)
                {
                    verdicts.Add(new CandidateVerdict(option, false, "Not verifiable on SQLite: it has no " + option.Method + " index."));
                    continue;
                }
                Run(connection, CandidateSql.CreateIndex(design, option, DialectNames.Sqlite));
                usable.Add((option, option.QueryNumbers.Count(n => Explain(connection, queries[n].Sql).Plan.Contains(option.Name, StringComparison.Ordinal))));
                Run(connection, $"DROP INDEX IF EXISTS \"{option.Name}\"");
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (usable.Count == 0) continue;
            var best = usable.MaxBy(u => u.Uses);
            chosen.Add(best.Candidate);
            foreach (var other in usable.Where(u => u.Candidate != best.Candidate))
                verdicts.Add(new CandidateVerdict(other.Candidate, false, $"The other order ({best.Candidate.Shape}) is used by the plans."));
        }
        foreach (var c in chosen)
        {
            if (Run(connection, CandidateSql.CreateIndex(design, c, DialectNames.Sqlite)) is { } error)
                diagnostics.Add(new Diagnostic(PostgreSqlIndexVerifier.SetupFailed, Severity.Warning, c.Name, $"The candidate could not be created: {error}"));
        }
        Run(connection, "ANALYZE");
        cancellationToken.ThrowIfCancellationRequested();
        var changes = new List<QueryPlanChange>();
        for (var n = 0; n < queries.Length; n++)
        {
            var after = Explain(connection, queries[n].Sql);
            changes.Add(new QueryPlanChange
            {
                QueryNumber = n, Sql = queries[n].Sql, PlanBefore = before[n].Plan, PlanAfter = after.Plan,
                RawPlanBefore = before[n].Plan, RawPlanAfter = after.Plan, Error = before[n].Error ?? after.Error,
                CandidatesUsed = chosen.Where(c => after.Plan.Contains(" " + c.Name, StringComparison.Ordinal)).Select(c => c.Name).ToArray(),
            });
        }
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var c in chosen) verdicts.Add(PostgreSqlIndexVerifier.Judge(c, changes));
        return new VerificationReport
        {
            Engine = DialectNames.Sqlite, Queries = changes, Rows = rows, Diagnostics = diagnostics, Elapsed = clock.Elapsed,
            Verdicts = [.. verdicts.OrderBy(v => advice.Candidates.ToList().IndexOf(v.Candidate))],
        };
    }

    private static string? Run(SqliteConnection connection, string sql)
    {
        try
        {
            using var command = new SqliteCommand(sql, connection);
            command.ExecuteNonQuery();
            return null;
        }
        catch (SqliteException e)
        {
            return e.Message;
        }
    }

    private static (string Plan, string? Error) Explain(SqliteConnection connection, string sql)
    {
        try
        {
            using var command = new SqliteCommand("EXPLAIN QUERY PLAN " + sql, connection);
            using var reader = command.ExecuteReader();
            var details = new List<string>();
            while (reader.Read()) details.Add(reader.GetString(3));
            return (string.Join(" → ", details), null);
        }
        catch (SqliteException e)
        {
            return ("", e.Message);
        }
    }
}

using DesignStudio.Core.Analysis.IndexAdvisor;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using Npgsql;

namespace DesignStudio.Engines.IndexAdvisor;

/// <summary>The result of planning one query: cost, compact plan, index names, raw JSON, or the error.</summary>
internal sealed record PlannedQuery(double? Cost, string Summary, IReadOnlyList<string> Indexes, string Raw, string? Error);

/// <summary>An index made for planning: its name as plans show it, its HypoPG oid, or the error.</summary>
internal sealed record CreatedIndex(string Name, long? Oid, string? Error);

/// <summary>One PostgreSQL session of the verifier (HypoPG indexes live in one session).</summary>
internal sealed class PlannerSession(NpgsqlConnection connection, CancellationToken cancellationToken)
{
    private int statementNumber;

    public async Task<string?> TryRunAsync(string sql)
    {
        try
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (PostgresException e)
        {
            return $"{e.SqlState}: {e.MessageText}";
        }
    }

    /// <summary>
    /// Plans <paramref name="sql"/> generically: PREPARE, then EXPLAIN EXECUTE with NULL for every placeholder
    /// (plan_cache_mode = force_generic_plan, so the values do not shape the plan).
    /// </summary>
    public async Task<PlannedQuery> ExplainAsync(string sql)
    {
        var name = "ds_adv_q" + (++statementNumber);
        if (await TryRunAsync($"PREPARE {name} AS {sql}").ConfigureAwait(false) is { } error) return new PlannedQuery(null, "", [], "", error);
        try
        {
            int parameters;
            await using (var count = new NpgsqlCommand($"SELECT cardinality(parameter_types) FROM pg_prepared_statements WHERE name = '{name}'", connection))
                parameters = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            var args = parameters == 0 ? "" : "(" + string.Join(", ", Enumerable.Repeat("NULL", parameters)) + ")";
            await using var explain = new NpgsqlCommand($"EXPLAIN (FORMAT JSON) EXECUTE {name}{args}", connection);
            var json = (string)(await explain.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            var (cost, summary, indexes) = PlanJson.Read(json);
            return new PlannedQuery(cost, summary, indexes, json, null);
        }
        catch (PostgresException e)
        {
            return new PlannedQuery(null, "", [], "", $"{e.SqlState}: {e.MessageText}");
        }
        finally
        {
            await TryRunAsync($"DEALLOCATE {name}").ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Creates the candidate hypothetically when <paramref name="hypothetical"/>, falling back to a real index for what
    /// HypoPG cannot simulate (HypoPG 1.3 has no GIN).
    /// </summary>
    public async Task<CreatedIndex> CreateAsync(Design design, IndexCandidate candidate, bool hypothetical, string name)
    {
        var sql = CandidateSql.CreateIndex(design, candidate, DialectNames.PostgreSql, name);
        if (hypothetical && candidate.Method == IndexMethod.BTree)
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT indexrelid::bigint, indexname::text FROM hypopg_create_index(@sql)", connection);
                command.Parameters.AddWithValue("sql", sql);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return new CreatedIndex(reader.GetString(1), reader.GetInt64(0), null);
            }
            catch (PostgresException)
            {
                // fall through to a real index
            }
        }
        var error = await TryRunAsync(sql).ConfigureAwait(false);
        return new CreatedIndex(name, null, error);
    }

    public async Task DropAsync(CreatedIndex index)
    {
        if (index.Error is not null) return;
        if (index.Oid is { } oid) await TryRunAsync($"SELECT hypopg_drop_index({oid})").ConfigureAwait(false);
        else await TryRunAsync($"DROP INDEX IF EXISTS \"{index.Name}\"").ConfigureAwait(false);
    }
}

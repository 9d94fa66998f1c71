using System.Data.Common;
using System.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Model;
using DesignStudio.Engines.Execution;
using Npgsql;

namespace DesignStudio.Engines.Sandbox;

/// <summary>
/// Tries a migration without keeping anything: creates the old version's schema, runs the up script, then the down
/// script, and reports the first failing statement with its error and line. PostgreSQL runs everything in one
/// transaction on the configured database and rolls it back — unless a script has statements that cannot run in a
/// transaction (ALTER TYPE … ADD VALUE then used, CREATE INDEX CONCURRENTLY), which then run on a scratch database.
/// MySQL/MariaDB (DDL commits implicitly), SQL Server and SQLite always use a scratch database that is dropped.
/// </summary>
public static class MigrationSandbox
{
    /// <summary>
    /// Runs <paramref name="plan"/> (planned from <paramref name="from"/>) against the server of
    /// <paramref name="connectionString"/> (ignored for SQLite, which uses a temporary file).
    /// </summary>
    public static async Task<SandboxReport> TryAsync(MigrationPlan plan, Design from, string connectionString,
        ExecutionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(from);
        var clock = Stopwatch.StartNew();
        var engine = plan.Dialect;
        var outside = plan.Up.Statements.Concat(plan.Down.Statements).Any(s => s.OutsideTransaction);
        var transactional = engine == DialectNames.PostgreSql && !outside;
        var mode = transactional ? SandboxMode.RolledBackTransaction : SandboxMode.ScratchDatabase;
        var explanation = Explain(engine, outside);
        var location = transactional ? "the configured database" : "";
        SandboxReport Report(Counts c, SandboxFailure? failure) =>
            new(engine, mode, explanation, location, c.Setup, c.Up, c.Down, failure, clock.Elapsed);

        if (plan.Refused || plan.Up.Statements.Count == 0)
        {
            var why = plan.Refused ? "The plan has lossy steps that were not confirmed: there are no scripts to try." : "The versions have the same schema: there is nothing to try.";
            return Report(default, new SandboxFailure(SandboxPhase.Plan, -1, 0, null, why, null));
        }
        if (DialectRegistry.TryGet(engine) is not { } dialect)
        {
            return Report(default, new SandboxFailure(SandboxPhase.Plan, -1, 0, null, $"The sandbox cannot run {engine} scripts.", null));
        }
        var setup = dialect.GenerateDdl(from);
        var scripts = new (SandboxPhase Phase, DdlScript Script)[] { (SandboxPhase.Setup, setup), (SandboxPhase.Up, plan.Up), (SandboxPhase.Down, plan.Down) };
        options ??= ExecutionOptions.Default;

        if (transactional)
        {
            var (counts, failure) = await RunInRolledBackTransactionAsync(connectionString, scripts, options, cancellationToken).ConfigureAwait(false);
            return Report(counts, Locate(failure, plan, setup));
        }

        ScratchDatabase scratch;
        try
        {
            scratch = engine switch
            {
                DialectNames.PostgreSql => await ScratchDatabase.CreatePostgreSqlAsync(connectionString, cancellationToken).ConfigureAwait(false),
                DialectNames.MySql or DialectNames.MariaDb => await ScratchDatabase.CreateMySqlAsync(connectionString, engine, cancellationToken).ConfigureAwait(false),
                DialectNames.SqlServer => await ScratchDatabase.CreateSqlServerAsync(connectionString, cancellationToken).ConfigureAwait(false),
                _ => ScratchDatabase.CreateSqlite(),
            };
        }
        catch (Exception e) when (e is DbException or ArgumentException or InvalidOperationException or IOException)
        {
            // Unreachable servers and refused logins end here: say which server setting to check, never the password.
            var message = $"Could not connect to the configured {engine} sandbox server or create a scratch database on it " +
                          "(check that the server is running and reachable and that the account may create databases): " +
                          ConnectionStringRedactor.Scrub(e.Message, connectionString);
            return Report(default, new SandboxFailure(SandboxPhase.Setup, -1, 0, null, message, null));
        }
        await using (scratch)
        {
            location = engine == DialectNames.Sqlite ? "a temporary SQLite file" : "scratch database " + scratch.Name;
            var executor = scratch.CreateExecutor(options);
            var counts = new Counts();
            foreach (var (phase, script) in scripts)
            {
                var result = await executor.ExecuteAsync(script.Statements.Select(s => s.Sql).ToList(), cancellationToken).ConfigureAwait(false);
                counts = counts.With(phase, result.ExecutedCount);
                if (result.Failure is { } f)
                {
                    return Report(counts, Locate(new SandboxFailure(phase, f.Index, 0, f.Sql, f.Message, f.SqlState), plan, setup));
                }
            }
            return Report(counts, null);
        }
    }

    private static string Explain(string engine, bool outside) => engine switch
    {
        DialectNames.PostgreSql when outside =>
            "Ran on a scratch PostgreSQL database that was then dropped: the scripts have statements that cannot run inside a transaction " +
            "(ALTER TYPE … ADD VALUE used in the same script, CREATE INDEX CONCURRENTLY), so a rolled-back transaction could not hold them.",
        DialectNames.PostgreSql => "Ran inside one transaction on the configured PostgreSQL database, rolled back at the end: nothing was kept.",
        DialectNames.Sqlite => "Ran on a temporary SQLite file that was then deleted.",
        DialectNames.SqlServer => "Ran on a scratch SQL Server database that was then dropped.",
        _ => "Ran on a scratch database that was then dropped (MySQL and MariaDB commit every DDL statement, so a transaction cannot undo them).",
    };

    // Statement indexes count every statement of a script, so the line is that of the script text as shown.
    private static SandboxFailure? Locate(SandboxFailure? failure, MigrationPlan plan, DdlScript setup)
    {
        if (failure is null || failure.StatementIndex < 0) return failure;
        var line = failure.Phase switch
        {
            SandboxPhase.Up => ScriptLines.LineOf(plan, down: false, failure.StatementIndex),
            SandboxPhase.Down => ScriptLines.LineOf(plan, down: true, failure.StatementIndex),
            _ => ScriptLines.LineOf(setup, failure.StatementIndex),
        };
        return failure with { Line = line };
    }

    private static async Task<(Counts, SandboxFailure?)> RunInRolledBackTransactionAsync(string connectionString,
        IReadOnlyList<(SandboxPhase Phase, DdlScript Script)> scripts, ExecutionOptions options, CancellationToken cancellationToken)
    {
        var counts = new Counts();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Timeout);
        await using var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbException or ArgumentException or InvalidOperationException or TimeoutException
                                  || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (counts, new SandboxFailure(SandboxPhase.Setup, -1, 0, null, "Connecting failed: " + ConnectionStringRedactor.Scrub(e.Message, connectionString), null));
        }
        await using var transaction = await connection.BeginTransactionAsync(deadline.Token).ConfigureAwait(false);
        try
        {
            foreach (var (phase, script) in scripts)
            {
                for (var i = 0; i < script.Statements.Count; i++)
                {
                    var sql = script.Statements[i].Sql;
                    // The scripts' own BEGIN/COMMIT would end the sandbox transaction: the outer one stands in for them.
                    if (sql is "BEGIN" or "COMMIT") continue;
                    try
                    {
                        await using var command = new NpgsqlCommand(sql, connection, transaction)
                        {
                            CommandTimeout = Math.Max(1, (int)Math.Ceiling(options.CommandTimeout.TotalSeconds)),
                        };
                        await command.ExecuteNonQueryAsync(deadline.Token).ConfigureAwait(false);
                        counts = counts.With(phase, 1, add: true);
                    }
                    catch (Exception e) when (e is DbException or TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                    {
                        var message = e is OperationCanceledException ? $"timed out after {options.Timeout.TotalSeconds:0.###} s" : ConnectionStringRedactor.Scrub(e.Message, connectionString);
                        return (counts, new SandboxFailure(phase, i, 0, sql, message, (e as DbException)?.SqlState));
                    }
                }
            }
            return (counts, null);
        }
        finally
        {
            try
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
                // A broken connection rolls back on the server when it closes.
            }
        }
    }

    private readonly record struct Counts(int Setup, int Up, int Down)
    {
        public Counts With(SandboxPhase phase, int count, bool add = false) => phase switch
        {
            SandboxPhase.Setup => this with { Setup = (add ? Setup : 0) + count },
            SandboxPhase.Up => this with { Up = (add ? Up : 0) + count },
            SandboxPhase.Down => this with { Down = (add ? Down : 0) + count },
            _ => this,
        };
    }
}

using System.Data.Common;
using System.Diagnostics;

namespace DesignStudio.Engines.Execution;

/// <summary>
/// The ADO.NET script runner shared by every engine: opens one connection, runs the statements in order (optionally
/// in a transaction), stops at the first failure and reports it as a value. Engines supply only the connection and
/// how they spell error codes and timeouts.
/// </summary>
public abstract class SqlExecutor : ISqlExecutor
{
    private readonly string connectionString;

    /// <summary>Creates a runner for one database.</summary>
    protected SqlExecutor(string connectionString, ExecutionOptions? options)
    {
        this.connectionString = connectionString;
        Options = options ?? ExecutionOptions.Default;
    }

    /// <inheritdoc />
    public abstract string Engine { get; }

    /// <summary>The options in force.</summary>
    public ExecutionOptions Options { get; }

    /// <summary>Creates an unopened connection.</summary>
    protected abstract DbConnection CreateConnection(string connectionString);

    /// <summary>The engine's error code for <paramref name="error"/> (SQLSTATE where the engine has one).</summary>
    protected virtual string? ErrorCode(DbException error) => error.SqlState;

    /// <summary>Whether <paramref name="error"/> means a statement ran out of time.</summary>
    protected virtual bool IsTimeout(Exception error) => error is TimeoutException || error.InnerException is TimeoutException;

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(IReadOnlyList<string> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var clock = Stopwatch.StartNew();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Options.Timeout);
        var token = deadline.Token;
        var executed = 0;
        DbConnection? connection = null;
        try
        {
            try
            {
                connection = CreateConnection(connectionString);
                await connection.OpenAsync(token).ConfigureAwait(false);
            }
            catch (Exception e) when (IsUserCaused(e, cancellationToken))
            {
                return new ExecutionResult(0, Failure(-1, null, e), clock.Elapsed);
            }

            DbTransaction? transaction = Options.InTransaction
                ? await connection.BeginTransactionAsync(token).ConfigureAwait(false)
                : null;
            for (var i = 0; i < statements.Count; i++)
            {
                var sql = statements[i];
                if (string.IsNullOrWhiteSpace(sql)) continue;
                try
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = sql;
                    command.CommandTimeout = Math.Max(1, (int)Math.Ceiling(Options.CommandTimeout.TotalSeconds));
                    command.Transaction = transaction;
                    await command.ExecuteNonQueryAsync(token).ConfigureAwait(false);
                    executed++;
                }
                catch (Exception e) when (IsUserCaused(e, cancellationToken))
                {
                    if (transaction is not null) await TryRollbackAsync(transaction).ConfigureAwait(false);
                    return new ExecutionResult(executed, Failure(i, sql, e), clock.Elapsed);
                }
            }
            if (transaction is not null)
            {
                await transaction.CommitAsync(token).ConfigureAwait(false);
                await transaction.DisposeAsync().ConfigureAwait(false);
            }
            return new ExecutionResult(executed, null, clock.Elapsed);
        }
        finally
        {
            if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private StatementFailure Failure(int index, string? sql, Exception error)
    {
        var timedOut = IsTimeout(error) || error is OperationCanceledException;
        var message = error is OperationCanceledException
            ? $"timed out after {Options.Timeout.TotalSeconds:0.###} s"
            : ConnectionStringRedactor.Scrub(error.Message, connectionString);
        if (timedOut && error is not OperationCanceledException && !message.Contains("time", StringComparison.OrdinalIgnoreCase))
        {
            message = $"timed out after {Options.CommandTimeout.TotalSeconds:0.###} s: {message}";
        }
        return new StatementFailure(index, sql, message, error is DbException db ? ErrorCode(db) : null, timedOut);
    }

    // The caller's own cancellation propagates; everything else that the input or the server causes is a value.
    private static bool IsUserCaused(Exception error, CancellationToken callerToken) => error switch
    {
        OperationCanceledException => !callerToken.IsCancellationRequested,
        DbException or TimeoutException or ArgumentException or InvalidOperationException or IOException => true,
        _ => false,
    };

    private static async Task TryRollbackAsync(DbTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // The connection may already be broken (e.g. after a timeout); the server rolls back on close.
        }
        await transaction.DisposeAsync().ConfigureAwait(false);
    }
}

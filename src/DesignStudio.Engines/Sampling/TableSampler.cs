using System.Data;
using System.Data.Common;
using System.Globalization;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Engines.Execution;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;

namespace DesignStudio.Engines.Sampling;

/// <summary>
/// Reads up to N rows of a design table from a live database, read-only and within a time limit, so that functional
/// dependencies can be discovered on real data. Only the table's columns that exist in the database are read; the
/// query runs in a read-only transaction (SQLite: a read-only connection) that is rolled back. Failures are
/// diagnostics whose messages are scrubbed of the connection string's secrets.
/// </summary>
public static class TableSampler
{
    /// <summary>Code of the diagnostic for an unknown engine name.</summary>
    public const string UnknownEngine = "NF301";

    /// <summary>Code of the diagnostic for a connection or query failure.</summary>
    public const string ReadFailed = "NF302";

    /// <summary>Code of the diagnostic for a read that ran out of time.</summary>
    public const string TimedOut = "NF303";

    /// <summary>Reads up to <paramref name="maxRows"/> rows of <paramref name="table"/>.</summary>
    /// <param name="engine">A name from <see cref="DialectNames"/> (<c>postgres</c>, <c>mysql</c>, <c>mariadb</c>, <c>sqlite</c>, <c>sqlserver</c>).</param>
    /// <param name="connectionString">How to connect; never logged or echoed.</param>
    /// <param name="table">The design table; its name, schema and column names are used.</param>
    /// <param name="maxRows">Most rows to read.</param>
    /// <param name="timeout">Limit for connecting and reading together.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<TableSample> ReadAsync(string engine, string connectionString, Table table, int maxRows, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var columns = table.Columns.Select(c => c.Name).ToList();
        var name = engine.Trim().ToLowerInvariant();
        var dialect = DialectRegistry.TryGet(name == "postgresql" ? DialectNames.PostgreSql : name);
        DbConnection? connection;
        try
        {
            connection = name switch
            {
                DialectNames.PostgreSql or "postgresql" => new NpgsqlConnection(connectionString),
                DialectNames.MySql or DialectNames.MariaDb => new MySqlConnection(connectionString),
                DialectNames.Sqlite => new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString()),
                DialectNames.SqlServer => new SqlConnection(connectionString),
                _ => null,
            };
        }
        catch (ArgumentException e)
        {
            return Failed(columns, ReadFailed, "The connection string is not valid: " + ConnectionStringRedactor.Scrub(e.Message, connectionString));
        }
        if (connection is null || dialect is null)
            return Failed(columns, UnknownEngine, $"Unknown engine '{engine}'; use postgres, mysql, mariadb, sqlite or sqlserver.");

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        await using (connection)
        {
            try
            {
                await connection.OpenAsync(deadline.Token).ConfigureAwait(false);
                await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, deadline.Token).ConfigureAwait(false);
                if (name is not DialectNames.Sqlite and not DialectNames.SqlServer)
                {
                    await using var readOnly = connection.CreateCommand();
                    readOnly.Transaction = transaction;
                    readOnly.CommandText = "SET TRANSACTION READ ONLY";
                    await readOnly.ExecuteNonQueryAsync(deadline.Token).ConfigureAwait(false);
                }
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandTimeout = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds));
                command.CommandText = SelectSql(dialect, name, table, maxRows);
                var rows = new List<string?[]>();
                await using (var reader = await command.ExecuteReaderAsync(deadline.Token).ConfigureAwait(false))
                {
                    while (rows.Count < maxRows && await reader.ReadAsync(deadline.Token).ConfigureAwait(false))
                    {
                        var row = new string?[reader.FieldCount];
                        for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : Text(reader.GetValue(i));
                        rows.Add(row);
                    }
                }
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                return new TableSample(columns, rows, []);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return Failed(columns, TimedOut, $"Reading {table.QualifiedName} took longer than {timeout.TotalSeconds:0.#} s.");
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException or ArgumentException)
            {
                return Failed(columns, ReadFailed, $"Could not read {table.QualifiedName}: " + ConnectionStringRedactor.Scrub(e.Message, connectionString));
            }
        }
    }

    /// <summary>The SELECT that reads the table's columns, limited to <paramref name="maxRows"/> rows.</summary>
    internal static string SelectSql(ISqlDialect dialect, string engine, Table table, int maxRows)
    {
        var list = string.Join(", ", table.Columns.Select(c => dialect.QuoteIdentifier(c.Name)));
        var from = (table.Schema is { } s ? dialect.QuoteIdentifier(s) + "." : "") + dialect.QuoteIdentifier(table.Name);
        var n = Math.Max(0, maxRows).ToString(CultureInfo.InvariantCulture);
        return engine == DialectNames.SqlServer ? $"SELECT TOP ({n}) {list} FROM {from}" : $"SELECT {list} FROM {from} LIMIT {n}";
    }

    private static string Text(object value) => value switch
    {
        byte[] bytes => Convert.ToHexString(bytes),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static TableSample Failed(IReadOnlyList<string> columns, string code, string message) =>
        new(columns, [], [new Diagnostic(code, Severity.Error, "sample", message)]);
}

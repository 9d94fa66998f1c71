using System.Data;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using Npgsql;
using NpgsqlTypes;

namespace DesignStudio.Engines.Introspection;

/// <summary>
/// Reads a PostgreSQL database: seven catalog queries sent as one batch in a read-only, repeatable-read transaction
/// (one consistent snapshot, no writes possible), whatever the number of tables.
/// </summary>
public sealed class PostgreSqlCatalogReader : ICatalogReader
{
    /// <inheritdoc />
    public string Engine => DialectNames.PostgreSql;

    /// <inheritdoc />
    public async Task<CatalogReadResult> ReadAsync(string connectionString, CatalogReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= CatalogReadOptions.Default;
        var draft = new CatalogDraft();
        var seconds = Math.Max(1, (int)Math.Ceiling(options.CommandTimeout.TotalSeconds));
        NpgsqlConnection connection;
        string databaseName;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = seconds };
            connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            databaseName = connection.Database;
        }
        catch (Exception e) when (CatalogFailure.IsUserCaused(e, cancellationToken))
        {
            return CatalogFailure.Connecting(e, connectionString);
        }
        await using (connection)
        {
            try
            {
                await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
                await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
                {
                    await readOnly.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                await ReadAllAsync(connection, transaction, options, seconds, draft, cancellationToken).ConfigureAwait(false);
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (CatalogFailure.IsUserCaused(e, cancellationToken))
            {
                return CatalogFailure.Querying(e, connectionString, draft);
            }
        }
        return draft.Result(databaseName);
    }

    private static async Task ReadAllAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CatalogReadOptions options,
        int seconds, CatalogDraft draft, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction) { Timeout = seconds };
        string[] queries =
        [
            PostgreSqlCatalogQueries.Tables, PostgreSqlCatalogQueries.Columns, PostgreSqlCatalogQueries.Constraints,
            PostgreSqlCatalogQueries.NonDefaultOperatorClasses, PostgreSqlCatalogQueries.Indexes, PostgreSqlCatalogQueries.Enums, PostgreSqlCatalogQueries.Verbatim,
        ];
        foreach (var sql in queries)
        {
            var command = new NpgsqlBatchCommand(sql);
            if (sql.Contains("@schemas", StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter("schemas", NpgsqlDbType.Array | NpgsqlDbType.Text)
                {
                    Value = options.Schemas is null ? DBNull.Value : options.Schemas.ToArray(),
                });
            }
            batch.BatchCommands.Add(command);
        }
        var omitPublic = options.OmitDefaultSchema;
        string? SchemaOf(string schema) => omitPublic && schema == "public" ? null : schema;

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var table = draft.AddTable(SchemaOf(reader.GetString(1)), reader.GetString(2), reader.GetInt64(0));
            var tuples = reader.GetInt64(3);
            table.RowEstimate = tuples >= 0 ? tuples : null;
            table.Comment = NullableString(reader, 4);
            if (reader.GetString(5) == "p" || reader.GetBoolean(6))
            {
                draft.Report(CatalogDiagnosticCodes.PartitioningApproximated, Severity.Info, table.Path, reader.GetBoolean(6)
                    ? "Partition read as a table of its own: the model has no partitioning."
                    : "Partitioned table read as a plain table (its partitions are separate tables): the model has no partitioning.");
            }
        }
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var columns = new PostgreSqlColumnRows(draft, SchemaOf);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) columns.Add(reader);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var constraints = new PostgreSqlConstraintRows(draft);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) constraints.Add(reader);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) constraints.OperatorClasses[reader.GetInt64(0)] = reader.GetString(1);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) constraints.AddIndex(reader);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var schema = SchemaOf(reader.GetString(0));
            var name = reader.GetString(1);
            draft.Enums.Add(new EnumType
            {
                Id = CatalogIds.Enum(schema, name),
                Name = name,
                Schema = schema,
                Values = reader.GetFieldValue<string[]>(2).ToValueList(),
                Comment = NullableString(reader, 3),
            });
        }
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var kind = reader.GetString(0);
            var schema = reader.IsDBNull(1) ? null : SchemaOf(reader.GetString(1));
            draft.AddVerbatim(kind, schema, reader.GetString(2), DialectNames.PostgreSql, reader.GetString(4), reader.GetString(3));
        }
    }

    internal static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

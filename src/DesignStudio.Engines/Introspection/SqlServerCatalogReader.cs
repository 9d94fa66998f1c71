using DesignStudio.Core.Dialects;
using Microsoft.Data.SqlClient;

namespace DesignStudio.Engines.Introspection;

/// <summary>
/// Reads a SQL Server database from the sys.* catalog views: seven set-based SELECTs in one batch (no writes are
/// ever sent). Comments come from MS_Description extended properties, row counts from sys.partitions.
/// </summary>
public sealed class SqlServerCatalogReader : ICatalogReader
{
    /// <summary>Every catalog query, in the order the reader consumes their results.</summary>
    internal static readonly string[] Queries =
    [
        SqlServerCatalogQueries.Tables, SqlServerCatalogQueries.Columns, SqlServerCatalogQueries.Keys,
        SqlServerCatalogQueries.ForeignKeys, SqlServerCatalogQueries.Checks, SqlServerCatalogQueries.Indexes,
        SqlServerCatalogQueries.Verbatim,
    ];

    /// <inheritdoc />
    public string Engine => DialectNames.SqlServer;

    /// <summary>The batch text for a schema filter (<c>s.name</c> compared with parameters @schema0…).</summary>
    internal static string Batch(int schemaCount) =>
        string.Join(";\n", Queries.Select(q => q.Replace("SCHEMA_FILTER", schemaCount == 0
            ? "s.name NOT IN ('sys', 'INFORMATION_SCHEMA')"
            : "s.name IN (" + string.Join(", ", Enumerable.Range(0, schemaCount).Select(i => "@schema" + i)) + ")", StringComparison.Ordinal)));

    /// <inheritdoc />
    public async Task<CatalogReadResult> ReadAsync(string connectionString, CatalogReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= CatalogReadOptions.Default;
        var draft = new CatalogDraft();
        SqlConnection connection;
        try
        {
            var builder = new SqlConnectionStringBuilder(connectionString) { ApplicationIntent = ApplicationIntent.ReadOnly };
            connection = new SqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (CatalogFailure.IsUserCaused(e, cancellationToken) || CatalogFailure.IsMissingGlobalization(e))
        {
            return CatalogFailure.Connecting(e, connectionString);
        }
        var database = connection.Database;
        await using (connection)
        {
            try
            {
                await using var command = connection.CreateCommand();
                var schemas = options.Schemas ?? [];
                command.CommandText = Batch(options.Schemas is null ? 0 : Math.Max(1, schemas.Count));
                for (var i = 0; i < schemas.Count; i++) command.Parameters.AddWithValue("@schema" + i, schemas[i]);
                if (options.Schemas is { Count: 0 }) command.Parameters.AddWithValue("@schema0", DBNull.Value);
                command.CommandTimeout = Math.Max(1, (int)Math.Ceiling(options.CommandTimeout.TotalSeconds));
                var rows = new SqlServerCatalogRows(draft, schema => options.OmitDefaultSchema && schema == "dbo" ? null : schema);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                Action<SqlDataReader>[] handlers = [rows.AddTable, rows.AddColumn, rows.AddKey, rows.AddForeignKey, rows.AddCheck, rows.AddIndex, rows.AddVerbatim];
                foreach (var handle in handlers)
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) handle(reader);
                    await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                }
                rows.Finish();
            }
            catch (Exception e) when (CatalogFailure.IsUserCaused(e, cancellationToken))
            {
                return CatalogFailure.Querying(e, connectionString, draft);
            }
        }
        return draft.Result(database);
    }
}

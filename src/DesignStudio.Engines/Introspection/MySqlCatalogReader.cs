using System.Text.RegularExpressions;
using DesignStudio.Core.Dialects;
using MySqlConnector;

namespace DesignStudio.Engines.Introspection;

/// <summary>
/// Reads a MySQL 8 or MariaDB database from information_schema: six set-based queries in one round trip, inside
/// a READ ONLY transaction. With a database in the connection string only that database is read (tables get no
/// schema); without one, every non-system database (tables carry the database name as schema).
/// </summary>
public sealed partial class MySqlCatalogReader : ICatalogReader
{
    private static readonly string[] SystemSchemas = ["mysql", "sys", "performance_schema", "information_schema"];

    /// <inheritdoc />
    public string Engine => DialectNames.MySql;

    [GeneratedRegex(@"\{0:([\w.]+)\}")]
    private static partial Regex SchemaPlaceholder();

    /// <inheritdoc />
    public async Task<CatalogReadResult> ReadAsync(string connectionString, CatalogReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= CatalogReadOptions.Default;
        var draft = new CatalogDraft();
        var seconds = Math.Max(1, (int)Math.Ceiling(options.CommandTimeout.TotalSeconds));
        MySqlConnection connection;
        try
        {
            var builder = new MySqlConnectionStringBuilder(connectionString) { DefaultCommandTimeout = (uint)seconds, AllowUserVariables = true };
            connection = new MySqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (CatalogFailure.IsUserCaused(e, cancellationToken))
        {
            return CatalogFailure.Connecting(e, connectionString);
        }
        var database = connection.Database;
        await using (connection)
        {
            try
            {
                var isMariaDb = connection.ServerVersion.Contains("MariaDB", StringComparison.OrdinalIgnoreCase);
                await using (var readOnly = new MySqlCommand("START TRANSACTION READ ONLY", connection))
                {
                    await readOnly.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                await using var command = connection.CreateCommand();
                command.CommandTimeout = seconds;
                var single = options.Schemas is null && !string.IsNullOrEmpty(database);
                var schemas = options.Schemas ?? (single ? [database] : null);
                var filter = Filter(command, schemas);
                string[] queries =
                [
                    MySqlCatalogQueries.Tables, MySqlCatalogQueries.Columns, MySqlCatalogQueries.Keys,
                    isMariaDb ? MySqlCatalogQueries.MariaDbChecks : MySqlCatalogQueries.MySqlChecks,
                    isMariaDb ? MySqlCatalogQueries.MariaDbIndexes : MySqlCatalogQueries.MySqlIndexes,
                    MySqlCatalogQueries.Verbatim,
                ];
                command.CommandText = string.Join(";\n", queries.Select(q => SchemaPlaceholder().Replace(q, m => filter(m.Groups[1].Value))));
                var rows = new MySqlCatalogRows(draft, isMariaDb, schema => single ? null : schema);
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
                {
                    Action<MySqlDataReader>[] handlers = [rows.AddTable, rows.AddColumn, rows.AddKey, rows.AddCheck, rows.AddIndexPart, rows.AddVerbatim];
                    foreach (var handle in handlers)
                    {
                        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) handle(reader);
                        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
                rows.Finish();
                await using var rollback = new MySqlCommand("ROLLBACK", connection);
                await rollback.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (CatalogFailure.IsUserCaused(e, cancellationToken))
            {
                return CatalogFailure.Querying(e, connectionString, draft);
            }
        }
        return draft.Result(string.IsNullOrEmpty(database) ? "mysql" : database);
    }

    private static Func<string, string> Filter(MySqlCommand command, IReadOnlyList<string>? schemas)
    {
        if (schemas is null)
        {
            return column => $"{column} NOT IN ({string.Join(", ", SystemSchemas.Select(s => "'" + s + "'"))})";
        }
        var names = new List<string>();
        for (var i = 0; i < schemas.Count; i++)
        {
            command.Parameters.AddWithValue("@schema" + i, schemas[i]);
            names.Add("@schema" + i);
        }
        return column => names.Count == 0 ? "FALSE" : $"{column} IN ({string.Join(", ", names)})";
    }
}

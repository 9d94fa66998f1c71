using DesignStudio.Core.Dialects;
using Microsoft.Data.Sqlite;

namespace DesignStudio.Engines.Introspection;

/// <summary>
/// Reads a SQLite database file, opened read-only, with four set-based queries over sqlite_schema and the
/// table-valued pragmas (table_list, table_xinfo, foreign_key_list, index_list/index_xinfo); constraint names,
/// CHECK expressions, AUTOINCREMENT and index expressions come from the stored CREATE text. SQLite keeps no
/// comments and no row estimates.
/// </summary>
public sealed class SqliteCatalogReader : ICatalogReader
{
    private const string UserTables = "l.schema = 'main' AND l.type = 'table' AND l.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

    private const string Queries = $"""
        SELECT l.name, l.type, m.sql FROM pragma_table_list l LEFT JOIN sqlite_schema m ON m.name = l.name
        WHERE l.schema = 'main' AND l.name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY l.name;
        SELECT l.name, p.cid, p.name, p.type, p."notnull", p.dflt_value, p.pk, p.hidden, l.wr,
               (SELECT count(*) FROM pragma_table_xinfo(l.name) q WHERE q.pk > 0)
        FROM pragma_table_list l JOIN pragma_table_xinfo(l.name) p WHERE {UserTables} ORDER BY l.name, p.cid;
        SELECT l.name, f.id, f."table", f."from", f."to", f.on_update, f.on_delete
        FROM pragma_table_list l JOIN pragma_foreign_key_list(l.name) f WHERE {UserTables} ORDER BY l.name, f.id, f.seq;
        SELECT l.name, il.name, il."unique", il.origin, il.partial, ix.cid, ix.name, ix."desc", m.sql
        FROM pragma_table_list l JOIN pragma_index_list(l.name) il JOIN pragma_index_xinfo(il.name) ix
        LEFT JOIN sqlite_schema m ON m.type = 'index' AND m.name = il.name
        WHERE {UserTables} AND ix.key = 1 ORDER BY l.name, il.name, ix.seqno;
        SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE type IN ('view', 'trigger') AND sql IS NOT NULL ORDER BY name;
        """;

    /// <inheritdoc />
    public string Engine => DialectNames.Sqlite;

    /// <inheritdoc />
    public async Task<CatalogReadResult> ReadAsync(string connectionString, CatalogReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= CatalogReadOptions.Default;
        var draft = new CatalogDraft();
        SqliteConnection connection;
        string name;
        try
        {
            var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly };
            name = Path.GetFileNameWithoutExtension(builder.DataSource);
            connection = new SqliteConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (CatalogFailure.IsUserCaused(e, cancellationToken))
        {
            return CatalogFailure.Connecting(e, connectionString);
        }
        await using (connection)
        {
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = Queries;
                command.CommandTimeout = Math.Max(1, (int)Math.Ceiling(options.CommandTimeout.TotalSeconds));
                var rows = new SqliteCatalogRows(draft);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                Action<SqliteDataReader>[] handlers = [rows.AddTable, rows.AddColumn, rows.AddForeignKeyRow, rows.AddIndexRow, rows.AddVerbatim];
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
        return draft.Result(string.IsNullOrEmpty(name) ? "sqlite" : name);
    }
}

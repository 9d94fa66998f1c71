using DesignStudio.Core.Import;
using DesignStudio.TestSupport;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;

namespace DesignStudio.Engines.Tests.Import;

/// <summary>
/// The importer's counts equal the catalog of the real engine after the same corpus file is loaded into it
/// (statement by statement, so a statement the engine rejects, such as a missing extension, does not stop the load).
/// </summary>
public class CorpusCatalogCountTests
{
    private static (int Tables, int Columns, int ForeignKeys, int Indexes) Imported(string text, string dialect)
    {
        var d = SqlDdlImporter.Import(text, dialect).Design;
        return (d.Tables.Count, d.Tables.Sum(t => t.Columns.Count), d.Tables.Sum(t => t.ForeignKeys.Count), d.Tables.Sum(t => t.Indexes.Count));
    }

    private static IEnumerable<string> Statements(string text, SqlLexicalRules rules)
    {
        var script = SqlTokenizer.Tokenize(text, rules);
        return script.Statements.Select(script.TextOf).Where(s => !s.StartsWith('\\'));
    }

    [Theory]
    [InlineData("sqlite/chinook.sql")]
    [InlineData("sqlite/sakila.sql")]
    [InlineData("sqlite/anki.sql")]
    [InlineData("sqlite/synapse.sql")]
    public void Sqlite_catalog_counts_equal_the_import(string file)
    {
        var text = File.ReadAllText(TestEnvironment.CorpusFile(file));
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var load = connection.CreateCommand())
        {
            load.CommandText = text;
            load.ExecuteNonQuery();
        }
        // Virtual tables (kept verbatim by the importer) and their shadow tables are excluded.
        const string tables = "SELECT name FROM sqlite_master m WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            + "AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.sql LIKE 'CREATE VIRTUAL%' AND m.name LIKE v.name || '_%')";
        var expected = (
            Scalar(connection, $"SELECT count(*) FROM ({tables})"),
            Scalar(connection, $"SELECT count(*) FROM ({tables}) t, pragma_table_info(t.name)"),
            Scalar(connection, $"SELECT count(*) FROM ({tables}) t, pragma_foreign_key_list(t.name) f WHERE f.seq = 0"),
            Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));

        Assert.Equal(expected, Imported(text, "sqlite"));
    }

    private static int Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [SkippableTheory]
    [InlineData("postgresql/pagila.sql")]
    [InlineData("postgresql/northwind.sql")]
    [InlineData("postgresql/danbooru.sql")]
    [InlineData("postgresql/synapse.sql")]
    [InlineData("postgresql/lago.sql")]
    public async Task Postgres_catalog_counts_equal_the_import(string file)
    {
        var text = File.ReadAllText(TestEnvironment.CorpusFile(file));
        var database = "corpus_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(TestEnvironment.PostgresConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString) { Database = database, Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        foreach (var statement in Statements(text, SqlLexicalRules.PostgreSql))
        {
            try
            {
                await using var cmd = new NpgsqlCommand(statement, connection);
                await cmd.ExecuteNonQueryAsync();
            }
            catch (PostgresException)
            {
                // lago needs the pg_partman extension, which is not installed: the engine skips what depends on it.
            }
        }
        await using var count = new NpgsqlCommand("""
            WITH t AS (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE c.relkind IN ('r','p') AND n.nspname NOT IN ('pg_catalog','information_schema') AND n.nspname NOT LIKE 'pg_toast%'
                         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e'))
            SELECT (SELECT count(*) FROM t)::int,
                   (SELECT count(*) FROM pg_attribute a JOIN t ON a.attrelid = t.oid WHERE a.attnum > 0 AND NOT a.attisdropped)::int,
                   (SELECT count(*) FROM pg_constraint k JOIN t ON k.conrelid = t.oid WHERE k.contype = 'f' AND k.conparentid = 0)::int,
                   (SELECT count(*) FROM pg_index i JOIN t ON i.indrelid = t.oid
                     WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p','u','x')))::int
            """, connection);
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        var expected = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));

        Assert.Equal(expected, Imported(text, "postgres"));
    }

    [SkippableTheory]
    [InlineData("mysql/chinook.sql")]
    [InlineData("mysql/employees.sql")]
    [InlineData("mysql/sakila.sql")]
    public async Task Mariadb_catalog_counts_of_tables_columns_and_foreign_keys_equal_the_import(string file)
    {
        var text = File.ReadAllText(TestEnvironment.CorpusFile(file));
        await using var connection = new MySqlConnection(TestEnvironment.MariaDbConnectionString);
        await connection.OpenAsync();
        foreach (var statement in Statements(text, SqlLexicalRules.MariaDb))
        {
            await using var cmd = new MySqlCommand(statement, connection);
            await cmd.ExecuteNonQueryAsync();
        }
        var schema = (string)(await new MySqlCommand("SELECT DATABASE()", connection).ExecuteScalarAsync())!;
        await using var count = new MySqlCommand($"""
            SELECT (SELECT count(*) FROM information_schema.tables WHERE table_schema = '{schema}' AND table_type = 'BASE TABLE'),
                   (SELECT count(*) FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
                     WHERE t.table_schema = '{schema}' AND t.table_type = 'BASE TABLE'),
                   (SELECT count(*) FROM information_schema.referential_constraints WHERE constraint_schema = '{schema}')
            """, connection);
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        var expected = (Convert.ToInt32(reader.GetValue(0)), Convert.ToInt32(reader.GetValue(1)), Convert.ToInt32(reader.GetValue(2)));
        var imported = Imported(text, "mariadb");

        Assert.Equal(expected, (imported.Tables, imported.Columns, imported.ForeignKeys));
    }
}

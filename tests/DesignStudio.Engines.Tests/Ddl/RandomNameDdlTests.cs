using CsCheck;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Core.Tests.Fixtures;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DesignStudio.Engines.Tests.Ddl;

/// <summary>Property: whatever characters the names hold, the engine ends up with exactly those names.</summary>
public class RandomNameDdlTests
{
    // Quotes, brackets, backticks, semicolons, comment markers, spaces, line breaks, Latin-1 and CJK letters.
    private static readonly Gen<char> NameChar = Gen.OneOf(
        Gen.Char["\"'`[];-/* \n\\$.,()"], Gen.Char.AlphaNumeric, Gen.Char['À', 'ÿ'], Gen.Char['一', '龥']);

    private static readonly Gen<string> Name = Gen.String[NameChar, 1, 20];

    private static readonly Gen<(string Table, string Key, string Other, string Index)> Names =
        Gen.Select(Name, Name, Name, Name).Where(n =>
            !n.Item2.Equals(n.Item3, StringComparison.OrdinalIgnoreCase) && !n.Item1.StartsWith("sqlite_", StringComparison.OrdinalIgnoreCase));

    private static Design DesignFor(string table, string key, string other, string index) => new()
    {
        Tables =
        [
            new Table
            {
                Id = "t", Name = table,
                Columns = [TestDesigns.Col(table, key, LogicalType.Int32, false), TestDesigns.Col(table, other, LogicalType.Varchar(20), def: ColumnDefault.Literal(other))],
                PrimaryKey = TestDesigns.Pk(table, key),
                Indexes = [new global::DesignStudio.Core.Model.Index { Id = "i", Name = index, Parts = [IndexPart.OfColumn(TestDesigns.ColumnId(table, other))] }],
                Comment = other,
            },
        ],
    };

    [Fact]
    public void Sqlite_creates_exactly_the_random_names() =>
        Names.Sample(n =>
        {
            var ddl = DialectRegistry.Get(DialectNames.Sqlite).GenerateDdl(DesignFor(n.Table, n.Key, n.Other, n.Index)).ToText();
            using var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = ddl;
            cmd.ExecuteNonQuery();
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            Assert.Equal(n.Table, cmd.ExecuteScalar());
            cmd.CommandText = "SELECT group_concat(name, '|') FROM (SELECT name FROM pragma_table_info(@t) ORDER BY cid)";
            cmd.Parameters.AddWithValue("@t", n.Table);
            Assert.Equal(n.Key + "|" + n.Other, cmd.ExecuteScalar());
            cmd.CommandText = "SELECT name FROM pragma_index_list(@t) WHERE origin = 'c'";
            Assert.Equal(n.Index, cmd.ExecuteScalar());
            var q = DialectRegistry.Get(DialectNames.Sqlite);
            cmd.CommandText = $"INSERT INTO {q.QuoteIdentifier(n.Table)} ({q.QuoteIdentifier(n.Key)}) VALUES (1); SELECT {q.QuoteIdentifier(n.Other)} FROM {q.QuoteIdentifier(n.Table)}";
            Assert.Equal(n.Other, cmd.ExecuteScalar());
        }, iter: 200);

    [SkippableFact]
    public async Task Postgres_creates_exactly_the_random_names()
    {
        // Samples run in parallel, each in its own connection and rolled-back transaction, in a fresh database.
        await using var db = await PostgresTestDatabase.CreateAsync();
        var admin = new NpgsqlConnectionStringBuilder(DesignStudio.TestSupport.TestEnvironment.PostgresConnectionString) { Database = db.Name }.ConnectionString;
        var pg = DialectRegistry.Get(DialectNames.PostgreSql);
        Names.Where(n => ObjectNames.Fits(n.Index, 63, true)).Sample(n =>
        {
            using var connection = new NpgsqlConnection(admin);
            connection.Open();
            using var tx = connection.BeginTransaction();
            var ddl = pg.GenerateDdl(DesignFor(n.Table, n.Key, n.Other, n.Index)).ToText();
            using (var create = new NpgsqlCommand(ddl, connection, tx)) create.ExecuteNonQuery();
            using var read = new NpgsqlCommand(
                "SELECT c.relname::text, (SELECT string_agg(attname::text, '|' ORDER BY attnum) FROM pg_attribute WHERE attrelid = c.oid AND attnum > 0), " +
                "(SELECT ic.relname::text FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = c.oid AND NOT i.indisprimary), " +
                "obj_description(c.oid, 'pg_class') FROM pg_class c WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace", connection, tx);
            using var r = read.ExecuteReader();
            Assert.True(r.Read());
            Assert.Equal((n.Table, n.Key + "|" + n.Other, n.Index, n.Other), (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));
            Assert.False(r.Read());
            r.Close();
            using var insert = new NpgsqlCommand(
                $"INSERT INTO {pg.QuoteIdentifier(n.Table)} ({pg.QuoteIdentifier(n.Key)}) VALUES (1) RETURNING {pg.QuoteIdentifier(n.Other)}", connection, tx);
            Assert.Equal(n.Other, insert.ExecuteScalar());
            tx.Rollback();
        }, iter: 100);
    }

    [SkippableFact]
    public async Task MariaDb_creates_exactly_the_random_names()
    {
        // MariaDB refuses names ending in white space (reported as DDL191) and compares column names case- and accent-insensitively.
        await using var db = await MariaDbTestDatabase.CreateAsync();
        var cs = new MySqlConnector.MySqlConnectionStringBuilder(DesignStudio.TestSupport.TestEnvironment.MariaDbConnectionString) { Database = db.Name }.ConnectionString;
        foreach (var dialectName in new[] { DialectNames.MySql, DialectNames.MariaDb })
        {
            var d = DialectRegistry.Get(dialectName);
            Names.Where(n => !char.IsWhiteSpace(n.Table[^1]) && !char.IsWhiteSpace(n.Key[^1]) && !char.IsWhiteSpace(n.Other[^1]) && !char.IsWhiteSpace(n.Index[^1])
                             && string.Compare(n.Key, n.Other, System.Globalization.CultureInfo.InvariantCulture,
                                 System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) != 0)
                .Sample(n =>
                {
                    using var connection = new MySqlConnector.MySqlConnection(cs);
                    connection.Open();
                    var q = d.QuoteIdentifier(n.Table);
                    using var cmd = new MySqlConnector.MySqlCommand(d.GenerateDdl(DesignFor(n.Table, n.Key, n.Other, n.Index)).ToText(), connection);
                    try
                    {
                        cmd.ExecuteNonQuery();
                        cmd.CommandText = "SELECT GROUP_CONCAT(COLUMN_NAME ORDER BY ORDINAL_POSITION SEPARATOR '|'), " +
                                          "(SELECT INDEX_NAME FROM information_schema.STATISTICS s WHERE s.TABLE_SCHEMA = c.TABLE_SCHEMA AND s.TABLE_NAME = c.TABLE_NAME AND INDEX_NAME <> 'PRIMARY'), " +
                                          "(SELECT TABLE_COMMENT FROM information_schema.TABLES t WHERE t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME) " +
                                          "FROM information_schema.COLUMNS c WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = @t GROUP BY TABLE_SCHEMA, TABLE_NAME";
                        cmd.Parameters.AddWithValue("@t", n.Table);
                        using (var r = cmd.ExecuteReader())
                        {
                            Assert.True(r.Read(), "table not found by its exact name");
                            Assert.Equal((n.Key + "|" + n.Other, n.Index, n.Other), (r.GetString(0), r.GetString(1), r.GetString(2)));
                        }
                        cmd.Parameters.Clear();
                        cmd.CommandText = $"INSERT INTO {q} ({d.QuoteIdentifier(n.Key)}) VALUES (1); SELECT {d.QuoteIdentifier(n.Other)} FROM {q}";
                        Assert.Equal(n.Other, cmd.ExecuteScalar());
                    }
                    finally
                    {
                        cmd.Parameters.Clear();
                        cmd.CommandText = $"DROP TABLE IF EXISTS {q}";
                        cmd.ExecuteNonQuery();
                    }
                }, iter: 50, threads: 1);
        }
    }
}

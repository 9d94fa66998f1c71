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
}

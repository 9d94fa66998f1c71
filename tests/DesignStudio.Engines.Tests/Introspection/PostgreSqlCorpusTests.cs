using DesignStudio.Core.Model;
using DesignStudio.Engines.Execution;
using DesignStudio.Engines.Introspection;
using DesignStudio.TestSupport;
using Npgsql;
using Xunit.Abstractions;

namespace DesignStudio.Engines.Tests.Introspection;

/// <summary>Corpus files loaded into PostgreSQL with psql and read back: counts equal the engine's own catalog.</summary>
public sealed class PostgreSqlCorpusTests(ITestOutputHelper output)
{
    [SkippableTheory]
    [InlineData("postgresql/pagila.sql", 22)]
    [InlineData("postgresql/chinook.sql", 11)]
    [InlineData("postgresql/danbooru.sql", 66)]
    public async Task Reads_corpus_database_with_the_catalogs_counts(string file, int declaredTables)
    {
        await using var db = await ScratchDatabase.CreatePostgreSqlAsync(TestEnvironment.PostgresConnectionString);
        var errors = await CorpusLoader.LoadPostgreSqlAsync(db, file);
        foreach (var error in errors) output.WriteLine("psql: " + error);
        Assert.Empty(errors);

        var result = await new PostgreSqlCatalogReader().ReadAsync(db.ConnectionString);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var design = result.Design!;
        foreach (var d in result.Diagnostics.Where(d => d.Severity != Core.Diagnostics.Severity.Info)) output.WriteLine(d.ToString());

        var expected = await CatalogCountsAsync(db.ConnectionString);
        Assert.Equal(declaredTables, design.Tables.Count);
        Assert.Equal(expected.Tables, design.Tables.Count);
        Assert.Equal(expected.Columns, design.Tables.Sum(t => t.Columns.Count));
        Assert.Equal(expected.ForeignKeys, design.Tables.Sum(t => t.ForeignKeys.Count));
        Assert.Equal(expected.Indexes, design.Tables.Sum(t => t.Indexes.Count) + design.Verbatim.Count(v => v.Kind == "index"));
        Assert.Equal(expected.PrimaryKeys, design.Tables.Count(t => t.PrimaryKey is not null));
        Assert.All(design.Tables.SelectMany(t => t.ForeignKeys), fk => Assert.NotNull(design.FindTable(fk.TargetTableId)));
        Assert.Equal(expected.Views, design.Verbatim.Count(v => v.Kind is "view" or "materialized view"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == CatalogDiagnosticCodes.ReferenceSkipped);
        if (file.EndsWith("pagila.sql", StringComparison.Ordinal))
        {
            // payment is partitioned by month into 7 partitions: each is reported as approximated.
            Assert.Equal(8, result.Diagnostics.Count(d => d.Code == CatalogDiagnosticCodes.PartitioningApproximated));
        }
    }

    // Counted through information_schema and pg_indexes, independently of the reader's queries (indexes of
    // materialized views are kept verbatim with their view). Constraints and
    // indexes that PostgreSQL clones onto partitions are not declarations of their own, so they are not counted.
    private static async Task<(long Tables, long Columns, long ForeignKeys, long Indexes, long PrimaryKeys, long Views)> CatalogCountsAsync(string connectionString)
    {
        const string sql = """
            WITH t AS (SELECT table_schema, table_name FROM information_schema.tables
                       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')),
                 own AS (SELECT con.conname, n.nspname, c.relname, con.contype FROM pg_constraint con
                         JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE con.conparentid = 0)
            SELECT (SELECT count(*) FROM t),
                   (SELECT count(*) FROM information_schema.columns c JOIN t USING (table_schema, table_name)),
                   (SELECT count(*) FROM information_schema.table_constraints k JOIN t USING (table_schema, table_name)
                     JOIN own ON own.conname = k.constraint_name AND own.nspname = k.table_schema AND own.relname = k.table_name
                    WHERE k.constraint_type = 'FOREIGN KEY'),
                   (SELECT count(*) FROM pg_indexes i JOIN pg_class ic ON ic.relname = i.indexname
                     JOIN pg_namespace n ON n.oid = ic.relnamespace AND n.nspname = i.schemaname
                    WHERE i.schemaname NOT IN ('pg_catalog', 'information_schema') AND NOT ic.relispartition
                      AND NOT EXISTS (SELECT 1 FROM own WHERE own.conname = i.indexname AND own.nspname = i.schemaname
                                      AND own.relname = i.tablename AND own.contype IN ('p', 'u', 'x'))),
                   (SELECT count(*) FROM information_schema.table_constraints k JOIN t USING (table_schema, table_name)
                     JOIN own ON own.conname = k.constraint_name AND own.nspname = k.table_schema AND own.relname = k.table_name
                    WHERE k.constraint_type = 'PRIMARY KEY'),
                   (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relkind IN ('v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema'))
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
    }
}

using DesignStudio.Engines.Execution;
using DesignStudio.Engines.Introspection;
using DesignStudio.TestSupport;
using Microsoft.Data.Sqlite;

namespace DesignStudio.Engines.Tests.Introspection;

/// <summary>Corpus files executed into SQLite files and read back: counts equal SQLite's own catalog.</summary>
public sealed class SqliteCorpusTests
{
    [SkippableTheory]
    [InlineData("sqlite/chinook.sql", 11, 0)]
    [InlineData("sqlite/sakila.sql", 16, 5)] // the sixth view, actor_info, is commented out in the file
    public async Task Reads_corpus_database_with_the_catalogs_counts(string file, int declaredTables, int declaredViews)
    {
        var script = await File.ReadAllTextAsync(TestEnvironment.CorpusFile(file));
        await using var db = ScratchDatabase.CreateSqlite();
        var run = await db.CreateExecutor().ExecuteAsync([script]);
        Assert.True(run.Succeeded, run.ToString());

        var result = await new SqliteCatalogReader().ReadAsync(db.ConnectionString);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var design = result.Design!;
        var expected = CatalogCounts(db.ConnectionString);
        Assert.Equal(declaredTables, design.Tables.Count);
        Assert.Equal(expected.Tables, design.Tables.Count);
        Assert.Equal(expected.Columns, design.Tables.Sum(t => t.Columns.Count));
        Assert.Equal(expected.ForeignKeys, design.Tables.Sum(t => t.ForeignKeys.Count));
        Assert.Equal(expected.Indexes, design.Tables.Sum(t => t.Indexes.Count));
        Assert.Equal(expected.PrimaryKeys, design.Tables.Count(t => t.PrimaryKey is not null));
        Assert.Equal(declaredViews, design.Verbatim.Count(v => v.Kind == "view"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == CatalogDiagnosticCodes.ReferenceSkipped);
    }

    // Explicit indexes are those with CREATE INDEX text; automatic ones (sql IS NULL) belong to PRIMARY KEY / UNIQUE.
    private static (long Tables, long Columns, long ForeignKeys, long Indexes, long PrimaryKeys) CatalogCounts(string connectionString)
    {
        const string sql = """
            WITH t AS (SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\')
            SELECT (SELECT count(*) FROM t),
                   (SELECT count(*) FROM t JOIN pragma_table_info(t.name)),
                   (SELECT count(*) FROM (SELECT DISTINCT t.name, f.id FROM t JOIN pragma_foreign_key_list(t.name) f)),
                   (SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL),
                   (SELECT count(*) FROM t WHERE EXISTS (SELECT 1 FROM pragma_table_info(t.name) p WHERE p.pk > 0))
            """;
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }
}

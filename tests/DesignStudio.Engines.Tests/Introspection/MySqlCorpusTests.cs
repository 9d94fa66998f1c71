using DesignStudio.Engines.Execution;
using DesignStudio.Engines.Introspection;
using DesignStudio.TestSupport;
using MySqlConnector;
using Xunit.Abstractions;

namespace DesignStudio.Engines.Tests.Introspection;

/// <summary>Corpus files loaded into MariaDB with the mariadb client and read back: counts equal information_schema's.</summary>
public sealed class MySqlCorpusTests(ITestOutputHelper output)
{
    [SkippableTheory]
    [InlineData("mysql/sakila.sql", 16, 7)]
    [InlineData("mysql/chinook.sql", 11, 0)]
    public async Task Reads_corpus_database_with_the_catalogs_counts(string file, int declaredTables, int declaredViews)
    {
        await using var db = await ScratchDatabase.CreateMySqlAsync(TestEnvironment.MariaDbConnectionString);
        var errors = await CorpusLoader.LoadMariaDbAsync(db, file);
        foreach (var error in errors) output.WriteLine("mariadb: " + error);
        Assert.Empty(errors);

        var result = await new MySqlCatalogReader().ReadAsync(db.ConnectionString);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var design = result.Design!;
        foreach (var d in result.Diagnostics.Where(d => d.Severity != Core.Diagnostics.Severity.Info)) output.WriteLine(d.ToString());

        var expected = await CatalogCountsAsync(db.ConnectionString, db.Name);
        Assert.Equal(declaredTables, design.Tables.Count);
        Assert.Equal(expected.Tables, design.Tables.Count);
        Assert.Equal(expected.Columns, design.Tables.Sum(t => t.Columns.Count));
        Assert.Equal(expected.ForeignKeys, design.Tables.Sum(t => t.ForeignKeys.Count));
        Assert.Equal(expected.Indexes, design.Tables.Sum(t => t.Indexes.Count));
        Assert.Equal(expected.PrimaryKeys, design.Tables.Count(t => t.PrimaryKey is not null));
        Assert.Equal(declaredViews, design.Verbatim.Count(v => v.Kind == "view"));
        Assert.All(design.Tables.SelectMany(t => t.ForeignKeys), fk => Assert.NotNull(design.FindTable(fk.TargetTableId)));
    }

    // Indexes named after a key constraint (PRIMARY, UNIQUE keys, the index InnoDB adds for a foreign key) are that key's.
    private static async Task<(long Tables, long Columns, long ForeignKeys, long Indexes, long PrimaryKeys)> CatalogCountsAsync(string connectionString, string schema)
    {
        const string sql = """
            SELECT (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = @s AND TABLE_TYPE = 'BASE TABLE'),
                   (SELECT COUNT(*) FROM information_schema.COLUMNS c JOIN information_schema.TABLES t
                      ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME AND t.TABLE_TYPE = 'BASE TABLE'
                     WHERE c.TABLE_SCHEMA = @s),
                   (SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = @s),
                   (SELECT COUNT(DISTINCT s.TABLE_NAME, s.INDEX_NAME) FROM information_schema.STATISTICS s
                     WHERE s.TABLE_SCHEMA = @s AND NOT EXISTS (SELECT 1 FROM information_schema.TABLE_CONSTRAINTS k
                       WHERE k.TABLE_SCHEMA = s.TABLE_SCHEMA AND k.TABLE_NAME = s.TABLE_NAME AND k.CONSTRAINT_NAME = s.INDEX_NAME
                         AND k.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY'))),
                   (SELECT COUNT(*) FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = @s AND CONSTRAINT_TYPE = 'PRIMARY KEY')
            """;
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        command.Parameters.AddWithValue("@s", schema);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }
}

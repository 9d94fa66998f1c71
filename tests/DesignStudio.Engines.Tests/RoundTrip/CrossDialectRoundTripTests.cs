using DesignStudio.Core.Dialects;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Import;
using DesignStudio.Engines.Execution;
using DesignStudio.Engines.Introspection;
using DesignStudio.TestSupport;

namespace DesignStudio.Engines.Tests.RoundTrip;

/// <summary>MySQL Sakila imported and generated for another engine executes there: tables, foreign keys and indexes present.</summary>
public sealed class CrossDialectRoundTripTests
{
    [Fact]
    public Task RoundTrip_of_mysql_sakila_generated_for_sqlite_executes_there() => RunAsync(DialectNames.Sqlite);

    [SkippableFact]
    public Task RoundTrip_of_mysql_sakila_generated_for_postgres_executes_there() => RunAsync(DialectNames.PostgreSql);

    private static async Task RunAsync(string target)
    {
        var import = SqlDdlImporter.Import(await File.ReadAllTextAsync(TestEnvironment.CorpusFile("mysql/sakila.sql")), DialectNames.MySql);
        Assert.Equal(0, import.Report.ErrorCount);
        var script = DialectRegistry.Get(target).GenerateDdl(import.Design);
        Assert.DoesNotContain(script.Diagnostics, d => d.Severity == Severity.Error);

        await using var db = target == DialectNames.Sqlite
            ? ScratchDatabase.CreateSqlite()
            : await ScratchDatabase.CreatePostgreSqlAsync(TestEnvironment.PostgresConnectionString);
        var run = await db.CreateExecutor().ExecuteAsync(script);
        Assert.True(run.Succeeded, run + "\n\n" + script.ToText());
        var read = await CatalogReaders.For(target)!.ReadAsync(db.ConnectionString);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));

        var design = read.Design!;
        Assert.Equal(import.Design.Tables.Select(t => t.Name).Order(StringComparer.Ordinal), design.Tables.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Equal(import.Design.Tables.Sum(t => t.Columns.Count), design.Tables.Sum(t => t.Columns.Count));
        Assert.Equal(import.Design.Tables.Sum(t => t.ForeignKeys.Count), design.Tables.Sum(t => t.ForeignKeys.Count));
        Assert.Equal(import.Design.Tables.Sum(t => t.Indexes.Count), design.Tables.Sum(t => t.Indexes.Count));
    }
}

using DesignStudio.Core.Analysis.NormalForms.Discovery;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Engines.Execution;
using DesignStudio.Engines.Sampling;
using DesignStudio.TestSupport;

namespace DesignStudio.Engines.Tests.Sampling;

public sealed class TableSamplerTests
{
    private static readonly Table People = new()
    {
        Id = "people",
        Name = "people",
        Columns =
        [
            new Column { Id = "people.id", Name = "id", Type = LogicalType.Int32 },
            new Column { Id = "people.zip", Name = "zip", Type = LogicalType.Text },
            new Column { Id = "people.city", Name = "city", Type = LogicalType.Text },
        ],
    };

    private static readonly string[] Fill =
    [
        "CREATE TABLE people (id integer PRIMARY KEY, zip varchar(10), city varchar(40))",
        "INSERT INTO people VALUES (1, '10115', 'Berlin'), (2, '10115', 'Berlin'), (3, '80331', 'München'), (4, '20095', 'Hamburg'), (5, '80331', 'München'), (6, NULL, NULL)",
    ];

    [Fact]
    public async Task Reads_rows_of_a_sqlite_table_and_discovers_zip_determines_city()
    {
        await using var db = ScratchDatabase.CreateSqlite();
        Assert.True((await db.CreateExecutor().ExecuteAsync(Fill)).Succeeded);
        await AssertSampleAsync(DialectNames.Sqlite, db.ConnectionString);
    }

    [Fact]
    public async Task Limits_the_rows_read()
    {
        await using var db = ScratchDatabase.CreateSqlite();
        Assert.True((await db.CreateExecutor().ExecuteAsync(Fill)).Succeeded);
        var sample = await TableSampler.ReadAsync(DialectNames.Sqlite, db.ConnectionString, People, 2, TimeSpan.FromSeconds(30));
        Assert.Equal(2, sample.Rows.Count);
    }

    [Fact]
    public async Task Missing_table_is_a_diagnostic()
    {
        await using var db = ScratchDatabase.CreateSqlite();
        Assert.True((await db.CreateExecutor().ExecuteAsync(["CREATE TABLE other (x integer)"])).Succeeded);
        var sample = await TableSampler.ReadAsync(DialectNames.Sqlite, db.ConnectionString, People, 10, TimeSpan.FromSeconds(30));
        Assert.Equal(TableSampler.ReadFailed, Assert.Single(sample.Diagnostics).Code);
        Assert.Empty(sample.Rows);
    }

    [Fact]
    public async Task Unknown_engine_is_a_diagnostic()
    {
        var sample = await TableSampler.ReadAsync("oracle", "Data Source=x", People, 10, TimeSpan.FromSeconds(5));
        Assert.Equal(TableSampler.UnknownEngine, Assert.Single(sample.Diagnostics).Code);
    }

    [SkippableFact]
    public async Task Reads_rows_of_a_postgresql_table_and_discovers_zip_determines_city()
    {
        await using var db = await ScratchDatabase.CreatePostgreSqlAsync(TestEnvironment.PostgresConnectionString);
        Assert.True((await db.CreateExecutor().ExecuteAsync(Fill)).Succeeded);
        await AssertSampleAsync(DialectNames.PostgreSql, db.ConnectionString);
    }

    [SkippableFact]
    public async Task Postgresql_sample_runs_in_a_read_only_transaction()
    {
        await using var db = await ScratchDatabase.CreatePostgreSqlAsync(TestEnvironment.PostgresConnectionString);
        Assert.True((await db.CreateExecutor().ExecuteAsync([.. Fill,
            "CREATE TABLE audit (n integer)",
            "CREATE FUNCTION touch() RETURNS integer LANGUAGE sql AS 'INSERT INTO audit VALUES (1) RETURNING 1'",
            "CREATE VIEW touching AS SELECT touch() AS n"])).Succeeded);
        var view = new Table { Id = "v", Name = "touching", Columns = [new Column { Id = "v.n", Name = "n", Type = LogicalType.Int32 }] };
        var sample = await TableSampler.ReadAsync(DialectNames.PostgreSql, db.ConnectionString, view, 10, TimeSpan.FromSeconds(30));
        Assert.False(sample.Succeeded);
        Assert.Contains("read-only", sample.Diagnostics[0].Message, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task Postgresql_failure_message_does_not_echo_the_password()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString) { Database = "no_such_db_nf", Password = "s3cret-pw" };
        var sample = await TableSampler.ReadAsync(DialectNames.PostgreSql, builder.ConnectionString, People, 10, TimeSpan.FromSeconds(30));
        Assert.False(sample.Succeeded);
        Assert.DoesNotContain("s3cret-pw", sample.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    private static async Task AssertSampleAsync(string engine, string connectionString)
    {
        var sample = await TableSampler.ReadAsync(engine, connectionString, People, 100, TimeSpan.FromSeconds(30));
        Assert.True(sample.Succeeded, string.Join("; ", sample.Diagnostics.Select(d => d.Message)));
        Assert.Equal(6, sample.Rows.Count);
        Assert.Equal(["id", "zip", "city"], sample.Columns);
        Assert.Contains(sample.Rows, r => r[0] == "3" && r[1] == "80331" && r[2] == "München");
        Assert.Contains(sample.Rows, r => r[1] is null);
        var result = DependencyDiscoverer.Discover(sample.Columns, sample.Rows);
        Assert.Contains(result.Dependencies, d => d.Determinant.Members().SequenceEqual([1]) && d.Dependent == 2);
    }
}

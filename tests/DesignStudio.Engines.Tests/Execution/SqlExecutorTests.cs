using DesignStudio.Engines.Execution;
using DesignStudio.TestSupport;
using MySqlConnector;
using Npgsql;

namespace DesignStudio.Engines.Tests.Execution;

public sealed class SqlExecutorTests
{
    private static readonly string[] Script =
    [
        "CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(10) NOT NULL)",
        "INSERT INTO t (id, name) VALUES (1, 'a')",
        "INSERT INTO t (id, name) VALUES (1, 'duplicate')",
        "INSERT INTO t (id, name) VALUES (2, 'never runs')",
    ];

    [Fact]
    public async Task Sqlite_reports_the_first_failing_statement_with_its_index_text_and_engine_message()
    {
        await using var db = ScratchDatabase.CreateSqlite();
        var result = await db.CreateExecutor().ExecuteAsync(Script);
        Assert.False(result.Succeeded);
        Assert.Equal(2, result.ExecutedCount);
        var failure = result.Failure!;
        Assert.Equal((2, Script[2]), (failure.Index, failure.Sql));
        Assert.Contains("UNIQUE constraint failed", failure.Message, StringComparison.Ordinal);
        Assert.Equal("SQLITE_19", failure.SqlState);
        Assert.False(failure.TimedOut);
    }

    [Fact]
    public async Task Runs_the_statements_of_a_generated_script_and_indexes_failures_by_statement()
    {
        await using var db = ScratchDatabase.CreateSqlite();
        var script = new Core.Dialects.DdlScript(Core.Dialects.DialectNames.Sqlite,
            [new("CREATE TABLE a (id INTEGER PRIMARY KEY)", "table a"), new("CREATE TABLE a (id INTEGER)")], []);
        var result = await db.CreateExecutor().ExecuteAsync(script);
        Assert.Equal((1, 1), (result.ExecutedCount, result.Failure!.Index));
        Assert.Contains("already exists", result.Failure.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PostgreSql_reports_the_first_failing_statement_with_its_sqlstate()
    {
        await using var db = await ScratchDatabase.CreatePostgreSqlAsync(TestEnvironment.PostgresConnectionString);
        var result = await db.CreateExecutor().ExecuteAsync(Script);
        Assert.Equal((2, 2, "23505"), (result.ExecutedCount, result.Failure!.Index, result.Failure.SqlState));
        Assert.Contains("duplicate key", result.Failure.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task MariaDb_reports_the_first_failing_statement_with_its_error_number()
    {
        await using var db = await ScratchDatabase.CreateMySqlAsync(TestEnvironment.MariaDbConnectionString);
        var result = await db.CreateExecutor().ExecuteAsync(Script);
        Assert.Equal((2, 2, "1062"), (result.ExecutedCount, result.Failure!.Index, result.Failure.SqlState));
        Assert.Contains("Duplicate entry", result.Failure.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Statement_running_past_the_command_timeout_is_a_timed_out_failure()
    {
        await using var db = await ScratchDatabase.CreatePostgreSqlAsync(TestEnvironment.PostgresConnectionString);
        var executor = db.CreateExecutor(new ExecutionOptions { CommandTimeout = TimeSpan.FromSeconds(1) });
        var result = await executor.ExecuteAsync(["SELECT 1", "SELECT pg_sleep(30)", "SELECT 2"]);
        Assert.Equal((1, 1, true), (result.ExecutedCount, result.Failure!.Index, result.Failure.TimedOut));
    }

    [SkippableFact]
    public async Task Script_running_past_the_overall_timeout_is_a_timed_out_failure()
    {
        await using var db = await ScratchDatabase.CreateMySqlAsync(TestEnvironment.MariaDbConnectionString);
        var executor = db.CreateExecutor(new ExecutionOptions { Timeout = TimeSpan.FromSeconds(1) });
        var result = await executor.ExecuteAsync(["SELECT SLEEP(30)"]);
        Assert.Equal((0, true), (result.Failure!.Index, result.Failure.TimedOut));
    }

    [SkippableFact]
    public async Task Cancellation_by_the_caller_throws()
    {
        await using var db = await ScratchDatabase.CreatePostgreSqlAsync(TestEnvironment.PostgresConnectionString);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.CreateExecutor().ExecuteAsync(["SELECT pg_sleep(30)"], cancel.Token));
    }

    [SkippableFact]
    public async Task A_failed_script_in_a_transaction_leaves_nothing_behind()
    {
        await using var db = await ScratchDatabase.CreatePostgreSqlAsync(TestEnvironment.PostgresConnectionString);
        var result = await db.CreateExecutor(new ExecutionOptions { InTransaction = true }).ExecuteAsync(Script);
        Assert.False(result.Succeeded);
        var check = await db.CreateExecutor().ExecuteAsync(["SELECT * FROM t"]);
        Assert.Contains("does not exist", check.Failure!.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Wrong_password_is_a_connection_failure_whose_message_does_not_contain_the_password()
    {
        const string secret = "not-the-Password-42";
        var builder = new MySqlConnectionStringBuilder(TestEnvironment.MariaDbConnectionString) { Password = secret };
        var result = await new MySqlExecutor(builder.ConnectionString).ExecuteAsync(["SELECT 1"]);
        Assert.Equal(-1, result.Failure!.Index);
        Assert.Contains("Access denied", result.Failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_connection_string_is_a_connection_failure()
    {
        var result = await new PostgreSqlExecutor("Host=127.0.0.1;Bogus Keyword=1").ExecuteAsync(["SELECT 1"]);
        Assert.Equal(-1, result.Failure!.Index);
        Assert.Null(result.Failure.Sql);
    }

    [SkippableFact]
    public async Task Scratch_databases_are_dropped_on_dispose_even_after_a_failure()
    {
        var server = TestEnvironment.PostgresConnectionString;
        string name;
        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var db = await ScratchDatabase.CreatePostgreSqlAsync(server);
            name = db.Name;
            Assert.True(await PostgresDatabaseExistsAsync(server, name));
            await db.CreateExecutor().ExecuteAsync(["CREATE TABLE kept_open (id int)"]);
            throw new InvalidOperationException(name);
        });
        Assert.False(await PostgresDatabaseExistsAsync(server, thrown.Message));

        var mariaServer = TestEnvironment.MariaDbConnectionString;
        var maria = await ScratchDatabase.CreateMySqlAsync(mariaServer);
        Assert.True(await MariaDbDatabaseExistsAsync(mariaServer, maria.Name));
        await maria.DisposeAsync();
        await maria.DisposeAsync();
        Assert.False(await MariaDbDatabaseExistsAsync(mariaServer, maria.Name));
    }

    [Fact]
    public async Task Sqlite_scratch_file_is_deleted_on_dispose()
    {
        var db = ScratchDatabase.CreateSqlite();
        await db.CreateExecutor().ExecuteAsync(["CREATE TABLE x (id int)"]);
        Assert.True(File.Exists(db.Name));
        await db.DisposeAsync();
        Assert.False(File.Exists(db.Name));
    }

    private static async Task<bool> PostgresDatabaseExistsAsync(string server, string name)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @n", connection);
        command.Parameters.AddWithValue("n", name);
        return (long)(await command.ExecuteScalarAsync())! == 1;
    }

    private static async Task<bool> MariaDbDatabaseExistsAsync(string server, string name)
    {
        await using var connection = new MySqlConnection(server);
        await connection.OpenAsync();
        await using var command = new MySqlCommand("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = @n", connection);
        command.Parameters.AddWithValue("@n", name);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }
}

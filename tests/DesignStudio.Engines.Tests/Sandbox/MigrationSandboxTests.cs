using DesignStudio.Core.Dialects;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Model;
using DesignStudio.Core.Tests.Fixtures;
using DesignStudio.Engines.Execution;
using DesignStudio.Engines.Sandbox;
using DesignStudio.TestSupport;
using MySqlConnector;
using Npgsql;

namespace DesignStudio.Engines.Tests.Sandbox;

/// <summary>The sandbox try-run on the real PostgreSQL and MariaDB test servers and on SQLite files.</summary>
public class MigrationSandboxTests
{
    private static MigrationPlan Plan(string pair, string dialect, out Design v1, out Design v2)
    {
        (v1, v2) = TestDesigns.MigrationPair(pair, dialect);
        return MigrationPlanner.Plan(v1, v2, dialect, new MigrationOptions { AllowDataLoss = true });
    }

    // A failing script: the plan expects v1 but the sandbox starts from v2, so the up script meets objects that exist already.
    private static void AssertFailureIsLocated(MigrationPlan plan, SandboxReport report, SandboxPhase phase)
    {
        var failure = report.Failure;
        Assert.NotNull(failure);
        Assert.Equal(phase, failure.Phase);
        Assert.True(failure.StatementIndex >= 0);
        var script = phase == SandboxPhase.Up ? plan.Up : plan.Down;
        Assert.Equal(script.Statements[failure.StatementIndex].Sql, failure.Sql);
        var lines = (phase == SandboxPhase.Up ? plan.UpText() : plan.DownText()).Split('\n');
        Assert.StartsWith(failure.Sql!.Split('\n')[0], lines[failure.Line - 1]);
        Assert.False(string.IsNullOrWhiteSpace(failure.Message));
    }

    [SkippableFact]
    public async Task PostgreSql_runs_up_and_down_in_a_transaction_that_leaves_the_database_unchanged()
    {
        var plan = Plan("column_changes", DialectNames.PostgreSql, out var v1, out _);
        await using var configured = await ScratchDatabase.CreatePostgreSqlAsync(TestEnvironment.PostgresConnectionString);
        var report = await MigrationSandbox.TryAsync(plan, v1, configured.ConnectionString);
        Assert.True(report.Succeeded, report.Failure?.ToString());
        Assert.Equal(SandboxMode.RolledBackTransaction, report.Mode);
        Assert.True(report.SetupStatements > 0 && report.UpStatements > 0 && report.DownStatements > 0);
        Assert.Equal(0L, await PostgresTablesAsync(configured.ConnectionString));
    }

    [SkippableFact]
    public async Task PostgreSql_reports_the_first_failing_statement_with_its_line_and_keeps_nothing()
    {
        var plan = Plan("renames", DialectNames.PostgreSql, out _, out var v2);
        await using var configured = await ScratchDatabase.CreatePostgreSqlAsync(TestEnvironment.PostgresConnectionString);
        var report = await MigrationSandbox.TryAsync(plan, v2, configured.ConnectionString);
        AssertFailureIsLocated(plan, report, SandboxPhase.Up);
        Assert.NotNull(report.Failure!.SqlState);
        Assert.Equal(0, report.DownStatements);
        Assert.Equal(0L, await PostgresTablesAsync(configured.ConnectionString));
    }

    [SkippableFact]
    public async Task PostgreSql_enum_value_additions_run_on_a_scratch_database_instead_of_a_transaction()
    {
        var plan = Plan("enums", DialectNames.PostgreSql, out var v1, out _);
        Assert.Contains(plan.Up.Statements, s => s.OutsideTransaction);
        await using var configured = await ScratchDatabase.CreatePostgreSqlAsync(TestEnvironment.PostgresConnectionString);
        var report = await MigrationSandbox.TryAsync(plan, v1, configured.ConnectionString);
        Assert.True(report.Succeeded, report.Failure?.ToString());
        Assert.Equal(SandboxMode.ScratchDatabase, report.Mode);
        Assert.Contains("transaction", report.Explanation);
        Assert.Equal(0L, await PostgresTablesAsync(configured.ConnectionString));
    }

    [SkippableFact]
    public async Task PostgreSql_unreachable_server_is_a_reported_failure_without_the_password()
    {
        var plan = Plan("keys", DialectNames.PostgreSql, out var v1, out _);
        var report = await MigrationSandbox.TryAsync(plan, v1, "Host=127.0.0.1;Port=1;Username=u;Password=s3cret-pw;Timeout=2",
            new ExecutionOptions { Timeout = TimeSpan.FromSeconds(10) });
        Assert.False(report.Succeeded);
        Assert.Equal(-1, report.Failure!.StatementIndex);
        Assert.DoesNotContain("s3cret-pw", report.Failure.Message);
    }

    [SkippableTheory]
    [InlineData(DialectNames.MariaDb)]
    [InlineData(DialectNames.MySql)]
    public async Task MariaDb_runs_up_and_down_on_a_scratch_database_that_is_dropped(string dialect)
    {
        var plan = Plan("keys", dialect, out var v1, out _);
        var report = await MigrationSandbox.TryAsync(plan, v1, TestEnvironment.MariaDbConnectionString);
        Assert.True(report.Succeeded, report.Failure?.ToString());
        Assert.Equal(SandboxMode.ScratchDatabase, report.Mode);
        Assert.True(report.UpStatements > 0 && report.DownStatements > 0);
        var name = report.Location["scratch database ".Length..];
        Assert.StartsWith("ds_scratch_", name);
        Assert.DoesNotContain(name, await MariaDbScratchNamesAsync());
    }

    [SkippableFact]
    public async Task MariaDb_reports_the_first_failing_statement_with_its_line()
    {
        var plan = Plan("renames", DialectNames.MariaDb, out _, out var v2);
        var report = await MigrationSandbox.TryAsync(plan, v2, TestEnvironment.MariaDbConnectionString);
        AssertFailureIsLocated(plan, report, SandboxPhase.Up);
        Assert.NotNull(report.Failure!.SqlState);
    }

    [Fact]
    public async Task Sqlite_runs_the_table_rebuild_up_and_down_on_a_temporary_file()
    {
        var plan = Plan("column_changes", DialectNames.Sqlite, out var v1, out _);
        var report = await MigrationSandbox.TryAsync(plan, v1, "");
        Assert.True(report.Succeeded, report.Failure?.ToString());
        Assert.Equal(SandboxMode.ScratchDatabase, report.Mode);
        Assert.Equal(plan.Up.Statements.Count, report.UpStatements);
        Assert.Equal(plan.Down.Statements.Count, report.DownStatements);
    }

    [Fact]
    public async Task Sqlite_reports_the_first_failing_statement_with_its_line()
    {
        var plan = Plan("renames", DialectNames.Sqlite, out _, out var v2);
        var report = await MigrationSandbox.TryAsync(plan, v2, "");
        AssertFailureIsLocated(plan, report, SandboxPhase.Up);
        Assert.StartsWith("SQLITE_", report.Failure!.SqlState);
    }

    [Fact]
    public async Task A_refused_plan_or_an_empty_one_is_not_run()
    {
        var (v1, v2) = TestDesigns.MigrationPair("lossy", DialectNames.Sqlite);
        var refused = MigrationPlanner.Plan(v1, v2, DialectNames.Sqlite);
        Assert.True(refused.Refused);
        Assert.Equal(SandboxPhase.Plan, (await MigrationSandbox.TryAsync(refused, v1, "")).Failure?.Phase);
        var empty = MigrationPlanner.Plan(v1, v1, DialectNames.Sqlite);
        Assert.Equal(SandboxPhase.Plan, (await MigrationSandbox.TryAsync(empty, v1, "")).Failure?.Phase);
    }

    private static async Task<long> PostgresTablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace " +
            "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> MariaDbScratchNamesAsync()
    {
        await using var connection = new MySqlConnection(TestEnvironment.MariaDbConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand("SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'ds\\_scratch\\_%'", connection);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }
}

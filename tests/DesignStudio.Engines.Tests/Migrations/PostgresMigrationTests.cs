using DesignStudio.Core.Dialects;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Model;
using DesignStudio.Core.Tests.Fixtures;
using DesignStudio.Engines.Tests.Ddl;
using DesignStudio.TestSupport;
using Npgsql;

namespace DesignStudio.Engines.Tests.Migrations;

public class PostgresMigrationTests
{
    private const string Dialect = DialectNames.PostgreSql;

    private static async Task RunAsync(PostgresTestDatabase db, DdlScript script)
    {
        foreach (var s in script.Statements) await db.ExecuteAsync(s.Sql);
    }

    private static async Task<string> FreshAsync(Design design)
    {
        await using var db = await PostgresTestDatabase.CreateAsync();
        await db.ExecuteAsync(DialectRegistry.Get(Dialect).GenerateDdl(design).ToText());
        return string.Join("\n", await PostgresCatalog.LinesAsync(db.Connection, design));
    }

    private static async Task<long> CountAsync(NpgsqlConnection c, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, c);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>Applies v1, inserts rows, migrates up (compared with v2 created fresh) and down (compared with v1).</summary>
    internal static async Task RoundTripAsync(Design v1, Design v2, bool lossless, MigrationOptions? options = null, bool withRows = true)
    {
        var plan = MigrationPlanner.Plan(v1, v2, Dialect, options ?? new MigrationOptions { AllowDataLoss = true });
        Assert.DoesNotContain(plan.Diagnostics, d => d.Severity == Core.Diagnostics.Severity.Error);
        await using var db = await PostgresTestDatabase.CreateAsync();
        await db.ExecuteAsync(DialectRegistry.Get(Dialect).GenerateDdl(v1).ToText());
        if (withRows)
        {
            foreach (var insert in SampleRows.Inserts(v1, Dialect)) await db.ExecuteAsync(insert);
        }

        await RunAsync(db, plan.Up);
        Assert.Equal(await FreshAsync(v2), string.Join("\n", await PostgresCatalog.LinesAsync(db.Connection, v2)));
        if (lossless)
        {
            foreach (var t in v2.Tables.Where(t => v1.FindTable(t.Id) is not null)) Assert.Equal(1L, await CountAsync(db.Connection, SampleRows.Count(t, Dialect)));
        }

        await RunAsync(db, plan.Down);
        Assert.Equal(await FreshAsync(v1), string.Join("\n", await PostgresCatalog.LinesAsync(db.Connection, v1)));
    }

    [SkippableTheory]
    [MemberData(nameof(MigrationPairData.Pairs), MemberType = typeof(MigrationPairData))]
    public async Task Up_matches_fresh_v2_keeps_rows_and_down_matches_v1(string pair)
    {
        Skip.If(Environment.GetEnvironmentVariable("DESIGNSTUDIO_TEST_POSTGRES") is null, "No PostgreSQL test server.");
        var (v1, v2) = TestDesigns.MigrationPair(pair, Dialect);
        await RoundTripAsync(v1, v2, TestDesigns.LosslessMigrationPairs.Contains(pair));
    }

    [SkippableTheory]
    [MemberData(nameof(MigrationPairData.Pairs), MemberType = typeof(MigrationPairData))]
    public async Task Safe_script_reaches_the_same_schema(string pair)
    {
        Skip.If(Environment.GetEnvironmentVariable("DESIGNSTUDIO_TEST_POSTGRES") is null, "No PostgreSQL test server.");
        var (v1, v2) = TestDesigns.MigrationPair(pair, Dialect);
        await RoundTripAsync(v1, v2, TestDesigns.LosslessMigrationPairs.Contains(pair), new MigrationOptions { AllowDataLoss = true, Safe = true });
    }
}

using DesignStudio.Core.Dialects;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Model;
using DesignStudio.Core.Tests.Fixtures;
using DesignStudio.Engines.Tests.Ddl;
using MySqlConnector;

namespace DesignStudio.Engines.Tests.Migrations;

/// <summary>Runs the mysql and the mariadb migration output on the MariaDB 10.11 test server.</summary>
public class MariaDbMigrationTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var dialect in new[] { DialectNames.MySql, DialectNames.MariaDb })
        {
            foreach (var pair in TestDesigns.MigrationPairs) data.Add(dialect, pair);
        }
        return data;
    }

    private static async Task<string> LinesAsync(MariaDbTestDatabase db, Design design, SqlDialect dialect)
    {
        var (uniques, fks) = ExpectedSchema.ConstraintNames(design, dialect);
        return string.Join("\n", await MariaDbCatalog.LinesAsync(db.Connection, db.Name, design, uniques, fks));
    }

    private static async Task<string> FreshAsync(Design design, SqlDialect dialect)
    {
        await using var db = await MariaDbTestDatabase.CreateAsync();
        await db.ExecuteAsync(dialect.GenerateDdl(design).ToText());
        return await LinesAsync(db, design, dialect);
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Up_matches_fresh_v2_keeps_rows_and_down_matches_v1(string dialectName, string pair)
    {
        Skip.If(Environment.GetEnvironmentVariable("DESIGNSTUDIO_TEST_MARIADB") is null, "No MariaDB test server.");
        var dialect = DialectRegistry.Get(dialectName);
        var (v1, v2) = TestDesigns.MigrationPair(pair, dialectName);
        var plan = MigrationPlanner.Plan(v1, v2, dialectName, new MigrationOptions { AllowDataLoss = true });
        Assert.DoesNotContain(plan.Diagnostics, d => d.Severity == Core.Diagnostics.Severity.Error);
        Assert.Contains("NOT atomic", plan.UpText());

        await using var db = await MariaDbTestDatabase.CreateAsync();
        await db.ExecuteAsync(dialect.GenerateDdl(v1).ToText());
        foreach (var insert in SampleRows.Inserts(v1, dialectName)) await db.ExecuteAsync(insert);

        foreach (var s in plan.Up.Statements) await db.ExecuteAsync(s.Sql);
        Assert.Equal(await FreshAsync(v2, dialect), await LinesAsync(db, v2, dialect));
        if (TestDesigns.LosslessMigrationPairs.Contains(pair))
        {
            foreach (var t in v2.Tables.Where(t => v1.FindTable(t.Id) is not null))
            {
                await using var cmd = new MySqlCommand(SampleRows.Count(t, dialectName), db.Connection);
                Assert.Equal(1L, Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        foreach (var s in plan.Down.Statements) await db.ExecuteAsync(s.Sql);
        Assert.Equal(await FreshAsync(v1, dialect), await LinesAsync(db, v1, dialect));
    }
}

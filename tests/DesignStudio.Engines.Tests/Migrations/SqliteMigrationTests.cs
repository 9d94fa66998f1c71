using DesignStudio.Core.Dialects;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Model;
using DesignStudio.Core.Tests.Fixtures;
using DesignStudio.Engines.Tests.Ddl;
using Microsoft.Data.Sqlite;

namespace DesignStudio.Engines.Tests.Migrations;

public class SqliteMigrationTests
{
    private const string Dialect = DialectNames.Sqlite;

    internal static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys = ON");
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    internal static void Run(SqliteConnection connection, DdlScript script)
    {
        foreach (var s in script.Statements) Execute(connection, s.Sql);
    }

    internal static string Fresh(Design design)
    {
        using var c = Open();
        Execute(c, DialectRegistry.Get(Dialect).GenerateDdl(design).ToText());
        return string.Join("\n", SqliteCatalog.Lines(c, design));
    }

    private static long Count(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (long)cmd.ExecuteScalar()!;
    }

    /// <summary>Applies v1, inserts rows, migrates up (compared with v2 created fresh) and down (compared with v1).</summary>
    internal static void RoundTrip(Design v1, Design v2, bool lossless)
    {
        var plan = MigrationPlanner.Plan(v1, v2, Dialect, new MigrationOptions { AllowDataLoss = true });
        Assert.DoesNotContain(plan.Diagnostics, d => d.Severity == Core.Diagnostics.Severity.Error);
        using var db = Open();
        Execute(db, DialectRegistry.Get(Dialect).GenerateDdl(v1).ToText());
        foreach (var insert in SampleRows.Inserts(v1, Dialect)) Execute(db, insert);

        Run(db, plan.Up);
        Assert.Equal(Fresh(v2), string.Join("\n", SqliteCatalog.Lines(db, v2)));
        Assert.Equal(0L, Count(db, "SELECT count(*) FROM pragma_foreign_key_check"));
        if (lossless)
        {
            foreach (var t in v2.Tables.Where(t => v1.FindTable(t.Id) is not null)) Assert.Equal(1L, Count(db, SampleRows.Count(t, Dialect)));
        }

        Run(db, plan.Down);
        Assert.Equal(Fresh(v1), string.Join("\n", SqliteCatalog.Lines(db, v1)));
    }

    [Theory]
    [MemberData(nameof(MigrationPairData.Pairs), MemberType = typeof(MigrationPairData))]
    public void Up_matches_fresh_v2_keeps_rows_and_down_matches_v1(string pair)
    {
        var (v1, v2) = TestDesigns.MigrationPair(pair, Dialect);
        RoundTrip(v1, v2, TestDesigns.LosslessMigrationPairs.Contains(pair));
    }
}

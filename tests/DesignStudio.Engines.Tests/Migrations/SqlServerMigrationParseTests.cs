using DesignStudio.Core.Dialects;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Tests.Fixtures;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DesignStudio.Engines.Tests.Migrations;

/// <summary>No SQL Server runs here: the migration scripts are parsed with Microsoft's T-SQL parser.</summary>
public class SqlServerMigrationParseTests
{
    private static void AssertParses(string text)
    {
        new TSql160Parser(true).Parse(new StringReader(text), out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Line}:{e.Column} {e.Message}")) + "\n\n" + text);
    }

    [Theory]
    [MemberData(nameof(MigrationPairData.Pairs), MemberType = typeof(MigrationPairData))]
    public void Up_and_down_scripts_parse_without_errors(string pair)
    {
        var (v1, v2) = TestDesigns.MigrationPair(pair, DialectNames.SqlServer);
        var plan = MigrationPlanner.Plan(v1, v2, DialectNames.SqlServer, new MigrationOptions { AllowDataLoss = true });
        Assert.NotEmpty(plan.Up.Statements);
        AssertParses(plan.UpText());
        AssertParses(plan.DownText());
    }

    [Fact]
    public void Renames_go_through_sp_rename_inside_a_transaction()
    {
        var (v1, v2) = TestDesigns.MigrationPair("renames", DialectNames.SqlServer);
        var text = MigrationPlanner.Plan(v1, v2, DialectNames.SqlServer).UpText();
        Assert.Contains("EXEC sp_rename N'dbo.tags', N'labels'", text);
        Assert.Contains("EXEC sp_rename N'dbo.users.display_name', N'nickname', N'COLUMN'", text);
        Assert.StartsWith("SET XACT_ABORT ON;\nBEGIN TRANSACTION", text);
        Assert.Contains("COMMIT TRANSACTION", text);
    }

    [Fact]
    public void Dropping_a_column_first_drops_its_named_default()
    {
        var (v1, v2) = TestDesigns.MigrationPair("column_changes", DialectNames.SqlServer);
        var text = MigrationPlanner.Plan(v1, v2, DialectNames.SqlServer).UpText();
        var drop = text.IndexOf("sys.default_constraints", StringComparison.Ordinal);
        var alter = text.IndexOf("ALTER COLUMN \"is_active\"", StringComparison.Ordinal);
        Assert.True(drop >= 0);
        Assert.Contains("DROP CONSTRAINT ' + QUOTENAME(@df)", text);
        Assert.True(alter < 0 || drop < alter);
    }
}

using DesignStudio.Core.Dialects;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Model;
using DesignStudio.Core.Tests.Fixtures;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DesignStudio.Engines.Tests.Migrations;

/// <summary>SQL Server IDENTITY added or removed: the table is rebuilt; the scripts parse with Microsoft's T-SQL parser.</summary>
public class SqlServerIdentityMigrationTests
{
    private const string Dialect = DialectNames.SqlServer;

    private static (Design WithIdentity, Design Without) Designs()
    {
        var blog = TestDesigns.ByName("blog", Dialect);
        var without = TestDesigns.Edit(blog, "users", t => t with
        {
            Columns = t.Columns.Select(c => c.Name == "id" ? c with { Identity = IdentityKind.None } : c).ToValueList(),
        });
        return (blog, without);
    }

    private static void AssertParses(string text)
    {
        new TSql160Parser(true).Parse(new StringReader(text), out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Line}:{e.Column} {e.Message}")) + "\n\n" + text);
    }

    [Fact]
    public void Removing_identity_rebuilds_the_table_and_both_scripts_parse()
    {
        var (with, without) = Designs();
        var plan = MigrationPlanner.Plan(with, without, Dialect);
        Assert.DoesNotContain(plan.Diagnostics, d => d.Severity == Core.Diagnostics.Severity.Error);
        var up = plan.UpText();
        AssertParses(up);
        AssertParses(plan.DownText());
        Assert.Contains("EXEC sp_rename N'dbo.users', N'_ds_old_users'", up);
        Assert.Contains("DROP TABLE [dbo].[_ds_old_users]", up);
        Assert.DoesNotContain("IDENTITY_INSERT", up); // the new table has no identity column
        Assert.Contains("SET IDENTITY_INSERT [dbo].[users] ON", plan.DownText()); // the old one has: ids are kept
    }

    [Fact]
    public void Adding_identity_copies_rows_with_identity_insert_and_readds_referencing_foreign_keys_after_the_drop()
    {
        var (with, without) = Designs();
        var plan = MigrationPlanner.Plan(without, with, Dialect);
        var up = plan.UpText();
        AssertParses(up);
        AssertParses(plan.DownText());
        Assert.Contains("IDENTITY", up[up.IndexOf("CREATE TABLE [dbo].[users]", StringComparison.Ordinal)..]);
        var referencing = with.Tables.SelectMany(t => t.ForeignKeys.Select(f => (t, f)))
            .Where(x => x.f.TargetTableId == with.Tables.Single(t => t.Name == "users").Id).ToList();
        Assert.NotEmpty(referencing);
        var drop = up.IndexOf("DROP TABLE [dbo].[_ds_old_users]", StringComparison.Ordinal);
        var readd = up.IndexOf("REFERENCES [dbo].[users]", drop, StringComparison.Ordinal);
        Assert.True(drop > 0 && readd > drop, up);
        Assert.True(up.IndexOf("referenced_object_id = OBJECT_ID(N'dbo.users')", StringComparison.Ordinal) < up.IndexOf("sp_rename", StringComparison.Ordinal));
        var insert = up.IndexOf("SET IDENTITY_INSERT [dbo].[users] ON", StringComparison.Ordinal);
        Assert.True(insert > 0 && insert < drop);
    }

    [Fact]
    public void Other_changes_of_the_rebuilt_table_are_part_of_the_rebuild_and_not_run_twice()
    {
        var (with, without) = Designs();
        var more = TestDesigns.Edit(with, "users", t => t with
        {
            Columns = [.. t.Columns, TestDesigns.Col("users", "nickname", LogicalType.Varchar(40))],
        });
        var plan = MigrationPlanner.Plan(without, more, Dialect);
        var up = plan.UpText();
        AssertParses(up);
        Assert.DoesNotContain("ADD [nickname]", up);
        Assert.Contains("[nickname]", up[up.IndexOf("CREATE TABLE [dbo].[users]", StringComparison.Ordinal)..]);
    }
}

using DesignStudio.Core.Dialects;
using DesignStudio.Core.Diff;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Tests.Fixtures;

namespace DesignStudio.Core.Tests.Migrations;

public class MigrationPlannerTests
{
    private static MigrationPlan Plan(string pair, string dialect, MigrationOptions? options = null)
    {
        var (v1, v2) = TestDesigns.MigrationPair(pair, dialect);
        return MigrationPlanner.Plan(v1, v2, dialect, options ?? new MigrationOptions { AllowDataLoss = true });
    }

    [Fact]
    public void Refuses_lossy_steps_without_confirmation_and_names_them()
    {
        var plan = Plan("lossy", DialectNames.PostgreSql, MigrationOptions.Default);
        Assert.True(plan.Refused);
        Assert.Empty(plan.Up.Statements);
        Assert.Contains(plan.Diagnostics, d => d.Code == MigrationCodes.DataLossNeedsConfirmation && d.Message.Contains("drop column posts.content"));
        Assert.Contains(plan.Diagnostics, d => d.Code == MigrationCodes.DataLossNeedsConfirmation && d.Message.Contains("drop table post_tags"));
    }

    [Fact]
    public void Down_script_says_dropped_data_cannot_be_restored()
    {
        var plan = Plan("lossy", DialectNames.PostgreSql);
        Assert.False(plan.Refused);
        Assert.Contains("cannot be restored", plan.DownText());
        Assert.DoesNotContain("cannot be restored", plan.UpText());
    }

    [Fact]
    public void Foreign_keys_are_dropped_first_and_added_last()
    {
        var phases = Plan("keys", DialectNames.PostgreSql).Steps.Select(s => s.Change).ToList();
        var lastDrop = phases.FindLastIndex(c => c is DropForeignKey);
        var firstOther = phases.FindIndex(c => c is not DropForeignKey);
        Assert.True(lastDrop < firstOther);
        var firstAdd = phases.FindIndex(c => c is AddForeignKey);
        Assert.True(phases.Skip(firstAdd).All(c => c is AddForeignKey or AddUpdatedAt or ChangeTableComment or ChangeEnumComment or DropEnum));
        Assert.True(phases.FindIndex(c => c is AddTable) < firstAdd);
    }

    [Fact]
    public void Every_step_carries_its_inverse_statements()
    {
        foreach (var pair in TestDesigns.MigrationPairs)
        {
            foreach (var step in Plan(pair, DialectNames.PostgreSql).Steps)
            {
                if (step.Up.Count > 0) Assert.NotEmpty(step.Down);
            }
        }
    }

    [Fact]
    public void PostgreSql_script_is_transactional_with_enum_values_added_outside()
    {
        var plan = Plan("enums", DialectNames.PostgreSql);
        var statements = plan.Up.Statements.Select(s => s.Sql).ToList();
        var add = statements.FindIndex(s => s.StartsWith("ALTER TYPE \"post_status\" ADD VALUE 'review' BEFORE 'published'", StringComparison.Ordinal));
        Assert.True(add >= 0);
        Assert.True(add < statements.IndexOf("BEGIN"));
        Assert.Equal("COMMIT", statements[^1]);
    }

    [Fact]
    public void PostgreSql_safe_script_builds_indexes_concurrently_outside_the_transaction()
    {
        var plan = Plan("indexes", DialectNames.PostgreSql, new MigrationOptions { Safe = true });
        var concurrent = plan.Up.Statements.Where(s => s.Sql.Contains("CONCURRENTLY", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(concurrent);
        Assert.All(concurrent, s => Assert.True(s.OutsideTransaction));
    }

    [Fact]
    public void Sqlite_rebuilds_tables_alter_table_cannot_change()
    {
        var plan = Plan("keys", DialectNames.Sqlite);
        Assert.Contains(plan.Steps, s => s.Change is RebuildTable { To.Name: "posts" });
        var text = plan.UpText();
        Assert.StartsWith("PRAGMA foreign_keys = OFF", text);
        Assert.Contains("INSERT INTO \"_ds_new_posts\"", text);
        Assert.Contains("PRAGMA foreign_key_check", text);
        Assert.EndsWith("PRAGMA foreign_keys = ON;\n\n", text);
    }

    [Fact]
    public void Sqlite_renames_in_place_without_rebuilding()
    {
        var plan = Plan("renames", DialectNames.Sqlite);
        Assert.DoesNotContain(plan.Steps, s => s.Change is RebuildTable);
        Assert.Contains("ALTER TABLE \"tags\" RENAME TO \"labels\"", plan.UpText());
        Assert.Contains("RENAME COLUMN \"display_name\" TO \"nickname\"", plan.UpText());
    }

    [Fact]
    public void Identical_designs_plan_an_empty_migration()
    {
        var plan = MigrationPlanner.Plan(TestDesigns.Blog(), TestDesigns.Blog(), DialectNames.PostgreSql);
        Assert.True(plan.IsEmpty);
        Assert.Empty(plan.Up.Statements);
    }
}

using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class RandomUuidClusteredKeyRuleTests
{
    private readonly RandomUuidClusteredKeyRule rule = new();

    private static TableBuilder Sessions(ColumnDefault? defaultValue) => new TableBuilder("sessions")
        .Column("id", LogicalType.Uuid, defaultValue: defaultValue).Column("user_id", LogicalType.Int64).Key("id");

    [Theory]
    [InlineData(DialectNames.MySql)]
    [InlineData(DialectNames.MariaDb)]
    [InlineData(DialectNames.SqlServer)]
    public void Reports_random_uuid_primary_key_in_clustered_engines(string dialect)
    {
        Assert.Single(Check(rule, DesignOf(Sessions(ColumnDefault.RandomUuid)), dialect));
        Assert.Single(Check(rule, DesignOf(Sessions(null)), dialect));
    }

    [Theory]
    [InlineData("NEWSEQUENTIALID()")]
    [InlineData("uuid_to_bin(uuid(), 1)")]
    [InlineData("uuidv7()")]
    public void Accepts_time_ordered_uuid_defaults(string expression)
    {
        Assert.Empty(Check(rule, DesignOf(Sessions(ColumnDefault.Expression(expression))), DialectNames.SqlServer));
    }

    [Fact]
    public void Accepts_integer_keys_and_does_not_run_for_postgresql()
    {
        Assert.Empty(Check(rule, DesignOf(Users()), DialectNames.MySql));
        var runner = new LintRunner([rule]);
        Assert.Empty(runner.Run(DesignOf(Sessions(ColumnDefault.RandomUuid)), new LintOptions { Dialect = DialectNames.PostgreSql }).Findings);
    }

    [Fact]
    public void Quick_fix_adds_identity_key_and_keeps_the_uuid_unique()
    {
        var design = DesignOf(Sessions(ColumnDefault.RandomUuid));
        var t = ApplyFix(Check(rule, design, DialectNames.MySql).Single(), design).Tables[0];
        Assert.Equal("row_id", t.Columns[0].Name);
        Assert.Equal([t.Columns[0].Id], t.PrimaryKey!.ColumnIds);
        Assert.Equal(["col_sessions_id"], Assert.Single(t.Uniques).ColumnIds);
        Assert.Empty(Check(rule, DesignOf(new TableBuilder("x")) with { Tables = [t] }, DialectNames.MySql));
    }
}

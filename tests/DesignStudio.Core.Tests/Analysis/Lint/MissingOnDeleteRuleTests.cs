using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class MissingOnDeleteRuleTests
{
    private readonly MissingOnDeleteRule rule = new();

    private static TableBuilder Posts(ReferentialAction? onDelete) => new TableBuilder("posts")
        .Column("id", LogicalType.Int64).Column("user_id", LogicalType.Int64).Key("id").ForeignKey("user_id", "users", onDelete);

    [Fact]
    public void Reports_foreign_key_without_on_delete_decision()
    {
        var f = Assert.Single(Check(rule, DesignOf(Users(), Posts(null))));
        Assert.Contains("users", f.Message);
    }

    [Theory]
    [InlineData(ReferentialAction.NoAction)]
    [InlineData(ReferentialAction.Cascade)]
    [InlineData(ReferentialAction.SetNull)]
    public void Accepts_any_recorded_decision(ReferentialAction action)
    {
        Assert.Empty(Check(rule, DesignOf(Users(), Posts(action))));
    }

    [Fact]
    public void Quick_fix_records_the_current_behaviour()
    {
        var design = DesignOf(Users(), Posts(null));
        var fixedDesign = ApplyFix(Check(rule, design).Single(), design);
        Assert.Equal(ReferentialAction.NoAction, fixedDesign.Tables[1].ForeignKeys[0].OnDelete);
    }
}

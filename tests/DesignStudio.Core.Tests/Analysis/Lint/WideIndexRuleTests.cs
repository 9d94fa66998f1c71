using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class WideIndexRuleTests
{
    private readonly WideIndexRule rule = new();

    private static TableBuilder Wide() => new TableBuilder("wide")
        .Column("a", LogicalType.Int32).Column("b", LogicalType.Int32).Column("c", LogicalType.Int32).Column("d", LogicalType.Int32)
        .Column("e", LogicalType.Int32).Column("f", LogicalType.Int32).Column("name", LogicalType.Varchar(500))
        .Column("title", LogicalType.Varchar(500)).Column("body", LogicalType.Text).Key("a");

    [Fact]
    public void Reports_index_with_more_than_five_columns()
    {
        var f = Assert.Single(Check(rule, DesignOf(Wide().Index("ix_six", "a", "b", "c", "d", "e", "f"))));
        Assert.Contains("6 key columns", f.Message);
        Assert.Empty(Check(rule, DesignOf(Wide().Index("ix_five", "a", "b", "c", "d", "e"))));
    }

    [Fact]
    public void Reports_index_wider_than_the_byte_threshold()
    {
        var f = Assert.Single(Check(rule, DesignOf(Wide().Index("ix_name_title", "name", "title"))));
        Assert.Contains("1000 bytes", f.Message);
        Assert.Empty(Check(rule, DesignOf(Wide().Index("ix_name", "name", "a"))));
    }

    [Fact]
    public void Prefix_lengths_and_options_change_the_estimate()
    {
        Assert.Empty(Check(rule, DesignOf(Wide().Index("ix_name_title", "name(100)", "title(100)"))));
        var strict = new LintOptions { WideIndexMaxBytes = 100, WideIndexMaxColumns = 2 };
        Assert.Single(Check(rule, DesignOf(Wide().Index("ix_name", "name(101)")), strict));
        Assert.Single(Check(rule, DesignOf(Wide().Index("ix_abc", "a", "b", "c")), strict));
    }

    [Fact]
    public void Unbounded_text_and_gin_indexes_are_not_counted()
    {
        Assert.Empty(Check(rule, DesignOf(Wide().Index("ix_body", "body"))));
        Assert.Empty(Check(rule, DesignOf(Wide().Index("gin_all", ["a", "b", "c", "d", "e", "f"], ix => ix with { Method = IndexMethod.Gin }))));
    }
}

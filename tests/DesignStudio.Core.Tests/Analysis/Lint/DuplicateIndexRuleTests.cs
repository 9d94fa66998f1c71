using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class DuplicateIndexRuleTests
{
    private readonly DuplicateIndexRule rule = new();

    private static TableBuilder Posts() => new TableBuilder("posts")
        .Column("id", LogicalType.Int64).Column("user_id", LogicalType.Int64).Column("created_at", LogicalType.TimestampTz)
        .Column("title", LogicalType.Text).Key("id");

    [Fact]
    public void Reports_the_second_of_two_identical_indexes()
    {
        var design = DesignOf(Posts().Index("ix_a", "user_id", "created_at desc").Index("ix_b", "user_id", "created_at desc"));
        var f = Assert.Single(Check(rule, design));
        Assert.Equal("idx_ix_b", f.ObjectId);
        Assert.Contains("ix_a", f.Message);
    }

    [Fact]
    public void Reports_each_later_copy_once()
    {
        var design = DesignOf(Posts().Index("ix_a", "user_id").Index("ix_b", "user_id").Index("ix_c", "user_id"));
        Assert.Equal(["idx_ix_b", "idx_ix_c"], Check(rule, design).Select(f => f.ObjectId));
    }

    [Theory]
    [InlineData("sort order")]
    [InlineData("uniqueness")]
    [InlineData("method")]
    [InlineData("predicate")]
    [InlineData("include")]
    [InlineData("prefix")]
    public void Indexes_differing_in_one_property_are_not_duplicates(string difference)
    {
        Func<Core.Model.Index, Core.Model.Index> adjust = difference switch
        {
            "sort order" => ix => ix with { Parts = [ix.Parts[0], ix.Parts[1] with { Descending = true }] },
            "uniqueness" => ix => ix with { Unique = true },
            "method" => ix => ix with { Method = IndexMethod.Hash },
            "predicate" => ix => ix with { Where = "title IS NOT NULL" },
            "include" => ix => ix with { IncludeColumnIds = ["col_posts_title"] },
            _ => ix => ix with { Parts = [ix.Parts[0] with { PrefixLength = 4 }, ix.Parts[1]] },
        };
        var design = DesignOf(Posts().Index("ix_a", "user_id", "created_at").Index("ix_b", ["user_id", "created_at"], adjust));
        Assert.Empty(Check(rule, design));
    }

    [Fact]
    public void Predicates_differing_only_in_white_space_are_the_same()
    {
        var design = DesignOf(Posts()
            .Index("ix_a", ["user_id"], ix => ix with { Where = "title IS NOT NULL" })
            .Index("ix_b", ["user_id"], ix => ix with { Where = "title  IS\n NOT NULL" }));
        Assert.Single(Check(rule, design));
    }

    [Fact]
    public void Quick_fix_drops_the_duplicate_and_keeps_the_original()
    {
        var design = DesignOf(Posts().Index("ix_a", "user_id").Index("ix_b", "user_id"));
        var fixedDesign = ApplyFix(Check(rule, design).Single(), design);
        Assert.Equal(["ix_a"], fixedDesign.Tables[0].Indexes.Select(i => i.Name));
    }
}

using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class RedundantIndexRuleTests
{
    private readonly RedundantIndexRule rule = new();

    private static TableBuilder Posts() => new TableBuilder("posts")
        .Column("id", LogicalType.Int64).Column("user_id", LogicalType.Int64).Column("created_at", LogicalType.TimestampTz)
        .Column("title", LogicalType.Text).Column("status", LogicalType.Varchar(20)).Key("id");

    [Fact]
    public void Reports_index_that_is_a_left_prefix_of_another()
    {
        var design = DesignOf(Posts().Index("ix_user", "user_id").Index("ix_user_created", "user_id", "created_at"));
        var f = Assert.Single(Check(rule, design));
        Assert.Equal("idx_ix_user", f.ObjectId);
        Assert.Contains("ix_user_created", f.Message);
    }

    [Fact]
    public void Index_on_a_non_leading_column_is_not_redundant()
    {
        Assert.Empty(Check(rule, DesignOf(Posts().Index("ix_created", "created_at").Index("ix_user_created", "user_id", "created_at"))));
    }

    [Fact]
    public void Unique_prefix_index_is_kept_because_it_enforces_uniqueness()
    {
        var design = DesignOf(Posts().Index("uq_user", ["user_id"], ix => ix with { Unique = true }).Index("ix_user_created", "user_id", "created_at"));
        Assert.Empty(Check(rule, design));
    }

    [Fact]
    public void Prefix_with_a_different_predicate_or_method_is_not_redundant()
    {
        var partial = Posts().Index("ix_user", ["user_id"], ix => ix with { Where = "status = 'published'" }).Index("ix_user_created", "user_id", "created_at");
        Assert.Empty(Check(rule, DesignOf(partial)));
        var hash = Posts().Index("ix_user", ["user_id"], ix => ix with { Method = IndexMethod.Hash }).Index("ix_user_created", "user_id", "created_at");
        Assert.Empty(Check(rule, DesignOf(hash)));
    }

    [Fact]
    public void Sort_orders_must_match_or_be_all_reversed()
    {
        var mixed = Posts().Index("ix_short", "user_id", "created_at desc").Index("ix_long", "user_id", "created_at", "title");
        Assert.Empty(Check(rule, DesignOf(mixed)));
        var reversed = Posts().Index("ix_short", "user_id desc", "created_at desc").Index("ix_long", "user_id", "created_at", "title");
        Assert.Single(Check(rule, DesignOf(reversed)));
    }

    [Fact]
    public void Prefix_with_included_columns_the_other_lacks_is_not_redundant()
    {
        var design = DesignOf(Posts().Index("ix_user", ["user_id"], ix => ix with { IncludeColumnIds = ["col_posts_title"] })
            .Index("ix_user_created", "user_id", "created_at"));
        Assert.Empty(Check(rule, design));
        var covered = DesignOf(Posts().Index("ix_user", ["user_id"], ix => ix with { IncludeColumnIds = ["col_posts_created_at"] })
            .Index("ix_user_created", "user_id", "created_at"));
        Assert.Single(Check(rule, covered));
    }

    [Fact]
    public void Reports_index_on_leading_columns_of_the_primary_key()
    {
        var tags = new TableBuilder("post_tags").Column("post_id", LogicalType.Int64).Column("tag_id", LogicalType.Int64)
            .Key("post_id", "tag_id").Index("ix_post_tags_post_id", "post_id");
        var f = Assert.Single(Check(rule, DesignOf(tags)));
        Assert.Contains("primary key", f.Message);
    }

    [Fact]
    public void Non_unique_index_with_the_same_key_as_a_unique_index_is_redundant()
    {
        var design = DesignOf(Posts().Index("ix_title", "title").Index("uq_title", ["title"], ix => ix with { Unique = true }));
        Assert.Equal("idx_ix_title", Assert.Single(Check(rule, design)).ObjectId);
    }

    [Fact]
    public void Same_key_scanned_backwards_is_reported_once()
    {
        var design = DesignOf(Posts().Index("ix_a", "user_id", "created_at").Index("ix_b", "user_id desc", "created_at desc"));
        Assert.Equal("idx_ix_b", Assert.Single(Check(rule, design)).ObjectId);
    }

    [Fact]
    public void Exact_duplicates_and_constraint_copies_are_left_to_their_own_rules()
    {
        var design = DesignOf(Posts().Index("ix_a", "user_id").Index("ix_b", "user_id").Index("ix_id", "id"));
        Assert.Empty(Check(rule, design));
    }
}

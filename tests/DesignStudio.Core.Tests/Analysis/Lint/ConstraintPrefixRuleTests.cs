using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class ConstraintPrefixRuleTests
{
    private readonly ConstraintPrefixRule rule = new();

    private static TableBuilder Posts() => new TableBuilder("posts").Column("id", LogicalType.Int64).Column("user_id", LogicalType.Int64)
        .Column("slug", LogicalType.Varchar(80));

    [Fact]
    public void Reports_named_objects_without_their_prefix_and_suggests_conventional_names()
    {
        var t = Posts().NamedKey("posts_pkey", "id").ForeignKey(["user_id"], "users", ["id"], constraintName: "posts_user_id_fkey")
            .NamedUnique("posts_slug_key", "slug").Index("posts_user_idx", "user_id")
            .With(x => x with { Checks = [new CheckConstraint { Id = "ck1", Name = "slug_not_empty", Expression = "slug <> ''" }] });
        var titles = Check(rule, DesignOf(t)).Select(f => f.QuickFix!.Title).ToArray();
        Assert.Equal([
            "Rename posts_pkey to pk_posts", "Rename posts_user_id_fkey to fk_posts_user_id", "Rename posts_slug_key to uq_posts_slug",
            "Rename slug_not_empty to ck_slug_not_empty", "Rename posts_user_idx to ix_posts_user_id",
        ], titles);
    }

    [Fact]
    public void Accepts_prefixed_names_in_any_case_and_unnamed_objects()
    {
        var t = Posts().NamedKey("PK_Posts", "id").ForeignKey(["user_id"], "users", ["id"], constraintName: "fk_posts_user")
            .Unique("slug").Index("ix_posts_user_id", "user_id").Index("uq_posts_slug", ["slug"], ix => ix with { Unique = true });
        Assert.Empty(Check(rule, DesignOf(t)));
    }

    [Fact]
    public void Prefixes_are_configurable_and_the_check_can_be_off()
    {
        var t = Posts().Index("idx_posts_user", "user_id");
        Assert.Single(Check(rule, DesignOf(t)));
        Assert.Empty(Check(rule, DesignOf(t), new LintOptions { Naming = new NamingConventions { IndexPrefix = "idx_" } }));
        Assert.Empty(Check(rule, DesignOf(t), new LintOptions { Naming = new NamingConventions { RequirePrefixes = false } }));
    }
}

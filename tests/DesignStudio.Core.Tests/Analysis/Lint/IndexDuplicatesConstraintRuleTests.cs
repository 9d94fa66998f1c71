using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class IndexDuplicatesConstraintRuleTests
{
    private readonly IndexDuplicatesConstraintRule rule = new();

    private static TableBuilder Accounts() => new TableBuilder("accounts")
        .Column("id", LogicalType.Int64).Column("tenant_id", LogicalType.Int64).Column("email", LogicalType.Varchar(255))
        .Key("id").NamedUnique("uq_accounts_tenant_email", "tenant_id", "email");

    [Fact]
    public void Reports_index_identical_to_the_primary_key()
    {
        var f = Assert.Single(Check(rule, DesignOf(Accounts().Index("ix_accounts_id", "id"))));
        Assert.Contains("primary key", f.Message);
    }

    [Fact]
    public void Reports_unique_or_plain_index_identical_to_a_unique_constraint()
    {
        var design = DesignOf(Accounts().Index("ix_te", "tenant_id", "email")
            .Index("uq_te", ["tenant_id desc", "email desc"], ix => ix with { Unique = true }));
        var findings = Check(rule, design);
        Assert.Equal(["idx_ix_te", "idx_uq_te"], findings.Select(f => f.ObjectId));
        Assert.All(findings, f => Assert.Contains("uq_accounts_tenant_email", f.Message));
    }

    [Theory]
    [InlineData("order")]
    [InlineData("predicate")]
    [InlineData("include")]
    [InlineData("method")]
    [InlineData("mixed directions")]
    [InlineData("extra column")]
    public void Index_that_differs_from_the_constraint_is_not_reported(string difference)
    {
        var (parts, adjust) = difference switch
        {
            "order" => (new[] { "email", "tenant_id" }, (Func<Core.Model.Index, Core.Model.Index>?)null),
            "predicate" => (["tenant_id", "email"], ix => ix with { Where = "email IS NOT NULL" }),
            "include" => (["tenant_id", "email"], ix => ix with { IncludeColumnIds = ["col_accounts_id"] }),
            "method" => (["tenant_id", "email"], ix => ix with { Method = IndexMethod.Hash }),
            "mixed directions" => (["tenant_id", "email desc"], null),
            _ => (["tenant_id", "email", "id"], null),
        };
        Assert.Empty(Check(rule, DesignOf(Accounts().Index("ix_x", parts, adjust))));
    }

    [Fact]
    public void Quick_fix_drops_the_index()
    {
        var design = DesignOf(Accounts().Index("ix_accounts_id", "id"));
        Assert.Empty(ApplyFix(Check(rule, design).Single(), design).Tables[0].Indexes);
    }
}

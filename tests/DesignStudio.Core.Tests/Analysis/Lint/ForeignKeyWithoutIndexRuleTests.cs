using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class ForeignKeyWithoutIndexRuleTests
{
    private readonly ForeignKeyWithoutIndexRule rule = new();

    private static TableBuilder Posts() => new TableBuilder("posts")
        .Column("id", LogicalType.Int64).Column("user_id", LogicalType.Int64).Column("created_at", LogicalType.TimestampTz)
        .Key("id").ForeignKey("user_id", "users");

    private static TableBuilder Lines() => new TableBuilder("order_lines")
        .Column("order_id", LogicalType.Int64).Column("line_no", LogicalType.Int32).Column("product_id", LogicalType.Int64)
        .Column("warehouse_id", LogicalType.Int64).Column("tenant_id", LogicalType.Int64)
        .ForeignKey(["warehouse_id", "product_id"], "stock", ["warehouse_id", "product_id"]);

    [Fact]
    public void Reports_foreign_key_with_no_index()
    {
        var f = Assert.Single(Check(rule, DesignOf(Users(), Posts())));
        Assert.Equal("fk_posts_user_id", f.ObjectId);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("user_id", f.Message);
    }

    [Fact]
    public void Accepts_index_led_by_the_foreign_key_columns()
    {
        Assert.Empty(Check(rule, DesignOf(Users(), Posts().Index("ix_posts_user_id_created_at", "user_id", "created_at desc"))));
    }

    [Fact]
    public void Reports_when_the_foreign_key_column_is_not_the_leading_column()
    {
        Assert.Single(Check(rule, DesignOf(Users(), Posts().Index("ix_posts_created_at_user_id", "created_at", "user_id"))));
    }

    [Fact]
    public void Composite_foreign_key_columns_may_lead_in_any_order()
    {
        Assert.Empty(Check(rule, DesignOf(Lines().Index("ix_lines_product_warehouse_tenant", "product_id", "warehouse_id", "tenant_id"))));
    }

    [Fact]
    public void Composite_foreign_key_is_not_supported_when_another_column_interrupts_the_prefix()
    {
        Assert.Single(Check(rule, DesignOf(Lines().Index("ix_lines_product_tenant_warehouse", "product_id", "tenant_id", "warehouse_id"))));
    }

    [Fact]
    public void Leading_columns_of_primary_key_or_unique_constraint_support_the_foreign_key()
    {
        var viaPk = Lines().Key("warehouse_id", "product_id", "order_id");
        Assert.Empty(Check(rule, DesignOf(viaPk)));
        var viaUnique = Lines().Unique("product_id", "warehouse_id");
        Assert.Empty(Check(rule, DesignOf(viaUnique)));
    }

    [Fact]
    public void Partial_and_non_btree_indexes_do_not_support_the_foreign_key()
    {
        var partial = Posts().Index("ix_posts_user_id", ["user_id"], ix => ix with { Where = "created_at > '2020-01-01'" });
        Assert.Single(Check(rule, DesignOf(Users(), partial)));
        var hash = Posts().Index("ix_posts_user_id", ["user_id"], ix => ix with { Method = IndexMethod.Hash });
        Assert.Single(Check(rule, DesignOf(Users(), hash)));
    }

    [Fact]
    public void Is_only_information_for_mysql_where_innodb_creates_the_index()
    {
        var f = Assert.Single(Check(rule, DesignOf(Users(), Posts()), DialectNames.MySql));
        Assert.Equal(Severity.Info, f.Severity);
    }

    [Fact]
    public void Quick_fix_creates_the_supporting_index()
    {
        var design = DesignOf(Users(), Posts());
        var f = Check(rule, design).Single();
        Assert.Equal("Create index ix_posts_user_id on posts (user_id)", f.QuickFix!.Title);
        var fixedDesign = f.QuickFix.Apply(design);
        var ix = Assert.Single(fixedDesign.Tables[1].Indexes);
        Assert.Equal("ix_posts_user_id", ix.Name);
        Assert.Equal("col_posts_user_id", ix.Parts.Single().ColumnId);
        Assert.Empty(Check(rule, fixedDesign));
    }
}

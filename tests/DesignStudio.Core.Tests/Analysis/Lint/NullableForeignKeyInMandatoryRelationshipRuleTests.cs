using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class NullableForeignKeyInMandatoryRelationshipRuleTests
{
    private readonly NullableForeignKeyInMandatoryRelationshipRule rule = new();

    private static TableBuilder Shipments(bool warehouseNullable, bool productNullable, ReferentialAction? onDelete = ReferentialAction.Restrict) =>
        new TableBuilder("shipments").Column("id", LogicalType.Int64)
            .Column("warehouse_id", LogicalType.Int64, nullable: warehouseNullable)
            .Column("product_id", LogicalType.Int64, nullable: productNullable)
            .Key("id").ForeignKey(["warehouse_id", "product_id"], "stock", ["warehouse_id", "product_id"], onDelete);

    [Fact]
    public void Reports_composite_foreign_key_mixing_nullable_and_not_null_columns()
    {
        var f = Assert.Single(Check(rule, DesignOf(Shipments(false, true))));
        Assert.Contains("mixes NOT NULL and nullable columns (product_id)", f.Message);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Accepts_all_not_null_or_all_nullable_foreign_keys(bool warehouseNullable, bool productNullable)
    {
        Assert.Empty(Check(rule, DesignOf(Shipments(warehouseNullable, productNullable))));
    }

    [Fact]
    public void Primary_key_columns_count_as_not_null()
    {
        var lines = new TableBuilder("lines").Column("order_id", LogicalType.Int64, nullable: true).Column("sku", LogicalType.Varchar(20), nullable: true)
            .Key("order_id").ForeignKey(["order_id", "sku"], "order_skus", ["order_id", "sku"]);
        Assert.Contains("sku", Assert.Single(Check(rule, DesignOf(lines))).Message);
    }

    [Fact]
    public void Reports_set_null_on_a_mandatory_relationship_as_an_error()
    {
        var f = Assert.Single(Check(rule, DesignOf(Shipments(false, false, ReferentialAction.SetNull))));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("SET NULL", f.Message);
        Assert.Empty(Check(rule, DesignOf(Shipments(true, true, ReferentialAction.SetNull))));
    }

    [Fact]
    public void Quick_fix_makes_the_nullable_columns_not_null()
    {
        var design = DesignOf(Shipments(false, true));
        var fixedDesign = ApplyFix(Check(rule, design).Single(), design);
        Assert.All(fixedDesign.Tables[0].Columns, c => Assert.False(c.Nullable));
        Assert.Empty(Check(rule, fixedDesign));
    }
}

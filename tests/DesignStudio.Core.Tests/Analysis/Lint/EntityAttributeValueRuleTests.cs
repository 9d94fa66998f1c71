using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class EntityAttributeValueRuleTests
{
    private readonly EntityAttributeValueRule rule = new();

    [Theory]
    [InlineData("entity_id", "attribute", "value")]
    [InlineData("product_id", "attribute_name", "attribute_value")]
    [InlineData("post_id", "meta_key", "meta_value")]
    [InlineData("objectId", "key", "valueText")]
    public void Reports_entity_attribute_value_tables(string entity, string attribute, string value)
    {
        var t = new TableBuilder("props").Column("id", LogicalType.Int64).Column(entity, LogicalType.Int64)
            .Column(attribute, LogicalType.Varchar(100)).Column(value, LogicalType.Text).Key("id");
        var f = Assert.Single(Check(rule, DesignOf(t)));
        Assert.Equal("tbl_props", f.ObjectId);
    }

    [Fact]
    public void A_foreign_key_column_of_any_name_is_an_entity_reference()
    {
        var t = new TableBuilder("facts").Column("id", LogicalType.Int64).Column("subject", LogicalType.Int64)
            .Column("name", LogicalType.Text).Column("value", LogicalType.Text).Key("id").ForeignKey("subject", "things");
        Assert.Single(Check(rule, DesignOf(t)));
    }

    [Fact]
    public void A_key_value_table_without_an_entity_reference_is_not_reported()
    {
        var t = new TableBuilder("settings").Column("id", LogicalType.Int64).Column("key", LogicalType.Text).Column("value", LogicalType.Text).Key("id");
        Assert.Empty(Check(rule, DesignOf(t)));
    }

    [Fact]
    public void Ordinary_tables_are_not_reported()
    {
        var products = new TableBuilder("products").Column("id", LogicalType.Int64).Column("category_id", LogicalType.Int64)
            .Column("name", LogicalType.Text).Column("market_value", LogicalType.Decimal(12, 2)).Key("id");
        Assert.Empty(Check(rule, DesignOf(products)));
    }
}

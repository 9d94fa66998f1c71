using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class FloatForMoneyRuleTests
{
    private readonly FloatForMoneyRule rule = new();

    private static TableBuilder Orders(string column, LogicalType type) =>
        new TableBuilder("orders").Column("id", LogicalType.Int64).Column(column, type).Key("id");

    [Theory]
    [InlineData("price")]
    [InlineData("unit_price")]
    [InlineData("totalAmount")]
    [InlineData("subtotal")]
    [InlineData("balance")]
    [InlineData("fees")]
    [InlineData("MonthlySalary")]
    public void Reports_float_columns_named_like_money(string name)
    {
        Assert.Single(Check(rule, DesignOf(Orders(name, LogicalType.Of(TypeKind.Float64)))));
        Assert.Single(Check(rule, DesignOf(Orders(name, LogicalType.Of(TypeKind.Float32)))));
    }

    [Theory]
    [InlineData("latitude")]
    [InlineData("total_weight")]
    [InlineData("score")]
    [InlineData("costume_size")]
    public void Accepts_float_columns_that_are_not_money(string name)
    {
        Assert.Empty(Check(rule, DesignOf(Orders(name, LogicalType.Of(TypeKind.Float64)))));
    }

    [Fact]
    public void Accepts_money_in_decimal_or_integer_columns()
    {
        Assert.Empty(Check(rule, DesignOf(Orders("price", LogicalType.Decimal(12, 2)))));
        Assert.Empty(Check(rule, DesignOf(Orders("price_cents", LogicalType.Int64))));
    }

    [Fact]
    public void Quick_fix_changes_the_type_to_decimal()
    {
        var design = DesignOf(Orders("price", LogicalType.Of(TypeKind.Float64)));
        var fixedDesign = ApplyFix(Check(rule, design).Single(), design);
        Assert.Equal(LogicalType.Decimal(19, 4), fixedDesign.Tables[0].Columns[1].Type);
    }
}

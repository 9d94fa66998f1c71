using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class NamingCaseRuleTests
{
    private readonly NamingCaseRule rule = new();

    private static LintOptions With(IdentifierCase c) => new() { Naming = new NamingConventions { Case = c } };

    [Fact]
    public void Reports_names_not_in_snake_case()
    {
        var design = DesignOf(new TableBuilder("OrderItems").Column("id", LogicalType.Int64).Column("unitPrice", LogicalType.Int64).Key("id"));
        var findings = Check(rule, design, With(IdentifierCase.SnakeCase));
        Assert.Equal(["tbl_OrderItems", "col_OrderItems_unitPrice"], findings.Select(f => f.ObjectId));
        Assert.Equal("Rename table OrderItems to order_items", findings[0].QuickFix!.Title);
    }

    [Fact]
    public void Pascal_case_convention_accepts_pascal_names_and_reports_snake_ones()
    {
        var design = DesignOf(new TableBuilder("OrderItems").Column("Id", LogicalType.Int64).Column("unit_price", LogicalType.Int64).Key("Id"));
        var f = Assert.Single(Check(rule, design, With(IdentifierCase.PascalCase)));
        Assert.Equal("col_OrderItems_unit_price", f.ObjectId);
        Assert.Equal("Rename column OrderItems.unit_price to UnitPrice", f.QuickFix!.Title);
    }

    [Fact]
    public void Inferred_convention_follows_the_majority_of_names()
    {
        var design = DesignOf(
            new TableBuilder("Customers").Column("Id", LogicalType.Int64).Column("FullName", LogicalType.Text).Key("Id"),
            new TableBuilder("Orders").Column("Id", LogicalType.Int64).Column("created_at", LogicalType.TimestampTz).Key("Id"));
        Assert.Equal("col_Orders_created_at", Assert.Single(Check(rule, design)).ObjectId);
    }

    [Fact]
    public void Any_turns_the_check_off()
    {
        var design = DesignOf(new TableBuilder("OrderItems").Column("unit_price", LogicalType.Int64));
        Assert.Empty(Check(rule, design, With(IdentifierCase.Any)));
    }

    [Fact]
    public void Quick_fix_renames_the_column()
    {
        var design = DesignOf(Users().Column("createdAt", LogicalType.TimestampTz));
        var fixedDesign = ApplyFix(Check(rule, design, With(IdentifierCase.SnakeCase)).Single(), design);
        Assert.Equal("created_at", fixedDesign.Tables[0].Columns[2].Name);
    }
}

using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class TableNameNumberRuleTests
{
    private readonly TableNameNumberRule rule = new();

    private static LintOptions With(TableNameNumber n) => new() { Naming = new NamingConventions { TableNames = n } };

    private static Design Tables(params string[] names) => DesignOf(names.Select(n => new TableBuilder(n)).ToArray());

    [Fact]
    public void Plural_convention_reports_singular_tables_with_the_plural_name()
    {
        var f = Assert.Single(Check(rule, Tables("users", "order_item", "categories"), With(TableNameNumber.Plural)));
        Assert.Equal("tbl_order_item", f.ObjectId);
        Assert.Contains("order_items", f.Message);
    }

    [Fact]
    public void Singular_convention_reports_plural_tables_including_irregular_ones()
    {
        var findings = Check(rule, Tables("user", "people", "Categories", "status"), With(TableNameNumber.Singular));
        Assert.Equal(["Rename table people to person", "Rename table Categories to Category"], findings.Select(f => f.QuickFix!.Title));
    }

    [Fact]
    public void Inferred_convention_follows_the_majority_and_uncountable_words_pass()
    {
        Assert.Equal("tbl_invoice", Assert.Single(Check(rule, Tables("users", "orders", "invoice", "metadata"))).ObjectId);
        Assert.Empty(Check(rule, Tables("users", "invoice")));
    }
}

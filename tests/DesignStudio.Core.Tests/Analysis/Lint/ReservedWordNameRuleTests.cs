using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class ReservedWordNameRuleTests
{
    private readonly ReservedWordNameRule rule = new();

    [Fact]
    public void Reports_table_and_column_named_with_reserved_words()
    {
        var design = DesignOf(new TableBuilder("order").Column("id", LogicalType.Int64).Column("desc", LogicalType.Text).Key("id"));
        var findings = Check(rule, design);
        Assert.Equal(["tbl_order", "col_order_desc"], findings.Select(f => f.ObjectId));
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains("postgres", findings[0].Message);
    }

    [Fact]
    public void Only_the_target_dialect_list_counts_when_a_dialect_is_set()
    {
        // "key" is reserved in MySQL and SQL Server but not in PostgreSQL.
        var design = DesignOf(new TableBuilder("settings").Column("id", LogicalType.Int64).Column("key", LogicalType.Text).Key("id"));
        Assert.Single(Check(rule, design, DialectNames.MySql));
        Assert.Empty(Check(rule, design, DialectNames.PostgreSql));
    }

    [Fact]
    public void Words_reserved_only_by_the_standard_are_information()
    {
        var design = DesignOf(new TableBuilder("readings").Column("id", LogicalType.Int64).Column("value", LogicalType.Text).Key("id"));
        var f = Assert.Single(Check(rule, design, DialectNames.PostgreSql));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("SQL standard", f.Message);
    }

    [Fact]
    public void Accepts_ordinary_names()
    {
        Assert.Empty(Check(rule, DesignOf(Users())));
    }
}

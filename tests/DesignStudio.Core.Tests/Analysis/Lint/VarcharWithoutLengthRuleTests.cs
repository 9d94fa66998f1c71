using DesignStudio.Core.Analysis.Lint.Rules;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class VarcharWithoutLengthRuleTests
{
    private readonly VarcharWithoutLengthRule rule = new();

    private static TableBuilder Tags(LogicalType type) => new TableBuilder("tags").Column("id", LogicalType.Int64).Column("label", type).Key("id");

    [Theory]
    [InlineData(null, Severity.Warning)]
    [InlineData(DialectNames.MySql, Severity.Warning)]
    [InlineData(DialectNames.SqlServer, Severity.Warning)]
    [InlineData(DialectNames.Sqlite, Severity.Info)]
    [InlineData(DialectNames.PostgreSql, Severity.Info)]
    public void Reports_varchar_without_length_with_dialect_dependent_severity(string? dialect, Severity expected)
    {
        var f = Assert.Single(Check(rule, DesignOf(Tags(LogicalType.Of(TypeKind.Varchar))), new Core.Analysis.Lint.LintOptions { Dialect = dialect }));
        Assert.Equal(expected, f.Severity);
    }

    [Fact]
    public void Accepts_varchar_with_length_and_text()
    {
        Assert.Empty(Check(rule, DesignOf(Tags(LogicalType.Varchar(40)))));
        Assert.Empty(Check(rule, DesignOf(Tags(LogicalType.Text))));
    }

    [Fact]
    public void Quick_fix_sets_a_length()
    {
        var design = DesignOf(Tags(LogicalType.Of(TypeKind.Varchar)));
        Assert.Equal(LogicalType.Varchar(255), ApplyFix(Check(rule, design).Single(), design).Tables[0].Columns[1].Type);
    }
}

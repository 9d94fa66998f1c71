using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Core.Validation;
using static DesignStudio.Core.Tests.Validation.TestDesigns;

namespace DesignStudio.Core.Tests.Validation;

public class TypeRuleTests
{
    private static IReadOnlyList<Diagnostic> Check(LogicalType type, string? dialect = null) =>
        Find(Of(Table("a", Col("a", "x", type))), ValidationCodes.InvalidTypeParameters, dialect);

    [Fact]
    public void Decimal_scale_above_precision_is_an_error() =>
        Assert.Contains("greater than its precision", Assert.Single(Check(LogicalType.Decimal(5, 6))).Message);

    [Fact]
    public void Decimal_scale_without_precision_is_an_error() =>
        Assert.Single(Check(new LogicalType { Kind = TypeKind.Decimal, Scale = 2 }));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Lengths_below_one_are_errors(int length) =>
        Assert.Equal(Severity.Error, Assert.Single(Check(LogicalType.Varchar(length))).Severity);

    [Fact]
    public void Varchar_without_length_is_an_error_for_mysql_and_a_warning_otherwise()
    {
        var type = LogicalType.Of(TypeKind.Varchar);
        Assert.Equal(Severity.Error, Assert.Single(Check(type, "mysql")).Severity);
        Assert.Equal(Severity.Warning, Assert.Single(Check(type)).Severity);
    }

    [Fact]
    public void Well_formed_types_pass()
    {
        foreach (var t in new[] { LogicalType.Decimal(10, 2), LogicalType.Varchar(1), LogicalType.Text, LogicalType.Char(3), new LogicalType { Kind = TypeKind.Decimal, Precision = 5 } })
        {
            Assert.Empty(Check(t, "mysql"));
        }
    }
}

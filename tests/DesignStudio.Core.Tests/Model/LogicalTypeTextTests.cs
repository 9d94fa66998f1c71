using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Model;

public class LogicalTypeTextTests
{
    [Theory]
    [InlineData("varchar(255)")]
    [InlineData("decimal(10,2)")]
    [InlineData("int64[]")]
    [InlineData("timestamptz(3)")]
    [InlineData("enum(enm_x)")]
    [InlineData("uuid")]
    public void Portable_spelling_round_trips(string text)
    {
        var parsed = LogicalTypeText.TryParse(text);
        Assert.NotNull(parsed);
        Assert.Equal(text, parsed!.ToString());
    }

    [Theory]
    [InlineData("varchar2(10)")]
    [InlineData("varchar(ten)")]
    [InlineData("decimal(10,2,1)")]
    [InlineData("int32(5)")]
    public void Rejects_text_that_is_not_a_portable_type(string text) => Assert.Null(LogicalTypeText.TryParse(text));

    [Fact]
    public void Value_lists_compare_by_content()
    {
        ValueList<string> a = ["x", "y"];
        ValueList<string> b = ["x", "y"];
        Assert.Equal(a, b);
        Assert.NotEqual(a, b.Add("z"));
        Assert.Equal(new PrimaryKey { Id = "pk", ColumnIds = ["c1"] }, new PrimaryKey { Id = "pk", ColumnIds = ["c1"] });
    }
}

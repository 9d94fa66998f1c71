using DesignStudio.Core.Dialects;
using DesignStudio.Core.Tests.Fixtures;

namespace DesignStudio.Core.Tests.Dialects;

public class DdlDeterminismTests
{
    public static TheoryData<string, string> DialectsAndDesigns()
    {
        var data = new TheoryData<string, string>();
        foreach (var d in DialectNames.All)
        {
            foreach (var n in TestDesigns.Names) data.Add(d, n);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DialectsAndDesigns))]
    public void Same_design_gives_byte_identical_ddl(string dialect, string design)
    {
        var generator = DialectRegistry.Get(dialect);
        var first = generator.GenerateDdl(TestDesigns.ByName(design, dialect));
        var second = generator.GenerateDdl(TestDesigns.ByName(design, dialect));

        Assert.Equal(first.ToText(), second.ToText());
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.NotEmpty(first.Statements);
    }

    [Theory]
    [MemberData(nameof(DialectsAndDesigns))]
    public void Generates_no_errors_for_the_consistent_test_designs(string dialect, string design)
    {
        var script = DialectRegistry.Get(dialect).GenerateDdl(TestDesigns.ByName(design, dialect));

        Assert.DoesNotContain(script.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
    }

    [Fact]
    public void Generates_every_table_exactly_once_for_a_large_synthetic_design()
    {
        var design = global::DesignStudio.Core.Samples.SyntheticDesign.Create(200, seed: 7);
        foreach (var dialect in DialectRegistry.All)
        {
            var text = dialect.GenerateDdl(design).ToText();
            foreach (var t in design.Tables)
            {
                var create = "CREATE TABLE " + (dialect.Name == DialectNames.SqlServer ? "[dbo]." : "") + dialect.QuoteIdentifier(t.Name) + " (";
                Assert.Equal(1, Occurrences(text, create));
            }
        }
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}

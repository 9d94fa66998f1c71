using DesignStudio.Core.Validation;
using static DesignStudio.Core.Tests.Validation.TestDesigns;

namespace DesignStudio.Core.Tests.Validation;

public class NotNullCycleRuleTests
{
    [Fact]
    public void Two_tables_requiring_each_other_are_an_error()
    {
        var a = Table("a", Col("a", "b_id", nullable: false)) with { ForeignKeys = [Fk("a", "b_id", "b")] };
        var b = Table("b", Col("b", "a_id", nullable: false)) with { ForeignKeys = [Fk("b", "a_id", "a")] };
        var d = Assert.Single(Find(Of(a, b), ValidationCodes.NotNullForeignKeyCycle));
        Assert.Contains("'a'", d.Message);
        Assert.Contains("'b'", d.Message);
    }

    [Fact]
    public void A_nullable_link_breaks_the_cycle()
    {
        var a = Table("a", Col("a", "b_id", nullable: false)) with { ForeignKeys = [Fk("a", "b_id", "b")] };
        var b = Table("b", Col("b", "a_id", nullable: true)) with { ForeignKeys = [Fk("b", "a_id", "a")] };
        Assert.Empty(Find(Of(a, b), ValidationCodes.NotNullForeignKeyCycle));
    }

    [Fact]
    public void Not_null_self_reference_is_an_error_and_nullable_one_is_fine()
    {
        var strict = Table("node", Col("node", "parent_id", nullable: false)) with { ForeignKeys = [Fk("node", "parent_id", "node")] };
        Assert.Contains("references itself", Assert.Single(Find(Of(strict), ValidationCodes.NotNullForeignKeyCycle)).Message);
        var loose = strict with { Columns = [strict.Columns[0], Col("node", "parent_id", nullable: true)] };
        Assert.Empty(Find(Of(loose), ValidationCodes.NotNullForeignKeyCycle));
    }

    [Fact]
    public void Three_table_cycle_is_one_diagnostic_and_a_chain_into_it_is_not_reported()
    {
        var a = Table("a", Col("a", "b_id", nullable: false)) with { ForeignKeys = [Fk("a", "b_id", "b")] };
        var b = Table("b", Col("b", "c_id", nullable: false)) with { ForeignKeys = [Fk("b", "c_id", "c")] };
        var c = Table("c", Col("c", "a_id", nullable: false)) with { ForeignKeys = [Fk("c", "a_id", "a")] };
        var d = Table("d", Col("d", "a_id", nullable: false)) with { ForeignKeys = [Fk("d", "a_id", "a")] };
        var found = Assert.Single(Find(Of(d, a, b, c), ValidationCodes.NotNullForeignKeyCycle));
        Assert.DoesNotContain("'d'", found.Message);
    }

    [Fact]
    public void Long_chain_without_cycle_passes_without_stack_overflow()
    {
        var tables = Enumerable.Range(0, 5000).Select(i =>
            i == 0 ? Table("t0") : Table("t" + i, Col("t" + i, "prev", nullable: false)) with { ForeignKeys = [Fk("t" + i, "prev", "t" + (i - 1))] }).ToArray();
        Assert.Empty(Find(Of(tables), ValidationCodes.NotNullForeignKeyCycle));
    }
}

using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Core.Tests.Fixtures;

namespace DesignStudio.Core.Tests.Dialects;

public class ForeignKeyOrderTests
{
    private static List<string> Names(TableOrder order) => order.Tables.Select(t => t.Name).ToList();

    [Fact]
    public void Orders_referenced_tables_before_referencing_tables()
    {
        var order = ForeignKeyOrder.Plan(TestDesigns.Blog(), deferCycles: true);

        // Design order is post_tags, posts, users, tags: ties keep design order once dependencies allow.
        Assert.Equal(["users", "posts", "tags", "post_tags"], Names(order));
        Assert.Empty(order.DeferredForeignKeyIds);
    }

    [Fact]
    public void Defers_exactly_the_foreign_keys_of_a_cycle()
    {
        var design = TestDesigns.ForeignKeyCycle();
        var order = ForeignKeyOrder.Plan(design, deferCycles: true);

        Assert.Equal(["departments", "staff", "audit"], Names(order));
        var expected = design.Tables.Where(t => t.Name is "departments" or "staff").SelectMany(t => t.ForeignKeys).Select(f => f.Id).Order();
        Assert.Equal(expected, order.DeferredForeignKeyIds.Order());
    }

    [Fact]
    public void Never_defers_a_self_reference()
    {
        var order = ForeignKeyOrder.Plan(TestDesigns.CompositeAndSelfReferencing(), deferCycles: true);

        Assert.Equal(["regions", "employees"], Names(order));
        Assert.Empty(order.DeferredForeignKeyIds);
    }

    [Fact]
    public void Defers_nothing_when_the_dialect_accepts_forward_references()
    {
        var order = ForeignKeyOrder.Plan(TestDesigns.ForeignKeyCycle(), deferCycles: false);

        Assert.Empty(order.DeferredForeignKeyIds);
        Assert.Equal(3, order.Tables.Count);
    }

    [Fact]
    public void Breaks_a_three_table_cycle_and_orders_its_dependents_after_it()
    {
        Table T(string name, string target) => new()
        {
            Id = TestDesigns.TableId(name), Name = name,
            Columns = [TestDesigns.Col(name, "id", LogicalType.Int32, false), TestDesigns.Col(name, "ref", LogicalType.Int32)],
            PrimaryKey = TestDesigns.Pk(name, "id"),
            ForeignKeys = [TestDesigns.Fk(name, ["ref"], target, ["id"])],
        };
        var design = new Design { Tables = [T("tail", "a"), T("a", "b"), T("b", "c"), T("c", "a")] };

        var order = ForeignKeyOrder.Plan(design, deferCycles: true);

        Assert.Equal(["a", "b", "c", "tail"], Names(order));
        Assert.Equal(3, order.DeferredForeignKeyIds.Count);
    }

    [Theory]
    [InlineData(DialectNames.PostgreSql)]
    [InlineData(DialectNames.MySql)]
    [InlineData(DialectNames.SqlServer)]
    public void Adds_cycle_foreign_keys_with_alter_table_after_all_tables(string dialect)
    {
        var d = DialectRegistry.Get(dialect);
        var statements = d.GenerateDdl(TestDesigns.ForeignKeyCycle()).Statements.Select(s => s.Sql).ToList();

        var lastCreate = statements.FindLastIndex(s => s.StartsWith("CREATE TABLE", StringComparison.Ordinal));
        var alters = statements.Select((s, i) => (s, i)).Where(x => x.s.StartsWith("ALTER TABLE", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, alters.Count);
        Assert.All(alters, a => Assert.True(a.i > lastCreate));
        Assert.Contains(alters, a => a.s.Contains("ADD CONSTRAINT " + d.QuoteIdentifier("fk_staff_department_id"), StringComparison.Ordinal));
    }

    [Fact]
    public void Sqlite_writes_cycle_foreign_keys_inline()
    {
        var script = DialectRegistry.Get(DialectNames.Sqlite).GenerateDdl(TestDesigns.ForeignKeyCycle());

        Assert.DoesNotContain(script.Statements, s => s.Sql.StartsWith("ALTER", StringComparison.Ordinal));
        var departments = script.Statements.Single(s => s.Sql.StartsWith("CREATE TABLE \"departments\"", StringComparison.Ordinal));
        Assert.Contains("FOREIGN KEY (\"head_id\") REFERENCES \"staff\" (\"id\") ON DELETE SET NULL", departments.Sql);
    }
}

using DesignStudio.Core.Dialects;
using DesignStudio.Core.Tests.Fixtures;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DesignStudio.Engines.Tests.Ddl;

/// <summary>No SQL Server runs here: its output is parsed with Microsoft's own T-SQL parser (GO splits batches).</summary>
public class SqlServerDdlParseTests
{
    private static readonly SqlDialect Dialect = DialectRegistry.Get(DialectNames.SqlServer);

    private static (TSqlFragment Fragment, SqlServerScriptShape Shape) Parse(string design)
    {
        var text = Dialect.GenerateDdl(TestDesigns.ByName(design, Dialect.Name)).ToText();
        var fragment = new TSql160Parser(true).Parse(new StringReader(text), out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Line}:{e.Column} {e.Message}")) + "\n\n" + text);
        var shape = new SqlServerScriptShape();
        fragment.Accept(shape);
        return (fragment, shape);
    }

    [Theory]
    [MemberData(nameof(DdlDesignData.Designs), MemberType = typeof(DdlDesignData))]
    public void Parses_without_errors_and_declares_exactly_the_designed_tables_and_columns(string design)
    {
        var model = TestDesigns.ByName(design, Dialect.Name);
        var (_, shape) = Parse(design);

        Assert.Equal(model.Tables.Select(t => t.Name).Order(StringComparer.Ordinal), shape.Tables.Keys.Order(StringComparer.Ordinal));
        foreach (var t in model.Tables) Assert.Equal(t.Columns.Select(c => c.Name), shape.Tables[t.Name]);
        Assert.Equal(model.Tables.Sum(t => t.Indexes.Count), shape.Indexes.Count);
        Assert.Equal(model.Tables.Count(t => t.Features.UpdatedAtColumnId is not null), shape.Triggers);
    }

    [Fact]
    public void Splits_batches_so_each_trigger_starts_its_own()
    {
        var (fragment, _) = Parse("blog");
        var script = Assert.IsType<TSqlScript>(fragment);

        var triggerBatch = Assert.Single(script.Batches, b => b.Statements.OfType<CreateTriggerStatement>().Any());
        Assert.Single(triggerBatch.Statements);
        Assert.Equal(Dialect.GenerateDdl(TestDesigns.Blog(Dialect.Name)).Statements.Count, script.Batches.Count);
    }

    [Fact]
    public void Adds_the_cycle_foreign_keys_after_the_tables()
    {
        var (_, shape) = Parse("cycle");
        Assert.Equal(2, shape.AddedConstraints);
    }

    [Fact]
    public void Keeps_hostile_index_names_exact()
    {
        var (_, shape) = Parse("hostile");
        Assert.Contains("ix `odd` [name]", shape.Indexes);
    }
}

using Bunit;
using DesignStudio.Core.Analysis.NormalForms.Apply;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Web.Components.Pages.Designer.Normalization;

namespace DesignStudio.Web.Tests.Designer.Normalization;

public class DataMovingScriptViewTests : NormalizationHost
{
    private static readonly FunctionalDependency ZipCity = new() { Id = "fd_zip", DeterminantIds = ["people.zip"], DependentIds = ["people.city"] };

    [Fact]
    public void Dialect_picker_offers_every_target_dialect_and_starts_at_the_panels_dialect()
    {
        var cut = RenderScript(DialectNames.MariaDb);
        var picker = cut.Find("select[aria-label='Script dialect']");
        Assert.Equal(DialectNames.All, picker.QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
        Assert.Equal(DialectNames.MariaDb, cut.Find("[aria-label='Data-moving script']").GetAttribute("data-dialect"));
        Assert.Contains("`zip`", cut.Find("[aria-label='Data-moving script']").TextContent);
    }

    [Theory]
    [InlineData(DialectNames.PostgreSql, "INSERT INTO \"people\" (\"id\", \"zip\")", "CREATE TABLE \"people_nf_old\" AS SELECT * FROM \"people\"")]
    [InlineData(DialectNames.MySql, "INSERT INTO `people` (`id`, `zip`)", "CREATE TABLE `people_nf_old` AS SELECT * FROM `people`")]
    [InlineData(DialectNames.MariaDb, "INSERT INTO `people` (`id`, `zip`)", "CREATE TABLE `people_nf_old` AS SELECT * FROM `people`")]
    [InlineData(DialectNames.Sqlite, "INSERT INTO \"people\" (\"id\", \"zip\")", "CREATE TABLE \"people_nf_old\" AS SELECT * FROM \"people\"")]
    [InlineData(DialectNames.SqlServer, "INSERT INTO [people] ([id], [zip])", "SELECT * INTO [people_nf_old] FROM [people]")]
    public void Picking_a_dialect_rewrites_the_script_quoted_for_it(string dialect, string insert, string copyAside)
    {
        var cut = RenderScript(DialectNames.PostgreSql);
        cut.Find("select[aria-label='Script dialect']").Change(dialect);
        cut.WaitForAssertion(() => Assert.Equal(dialect, cut.Find("[aria-label='Data-moving script']").GetAttribute("data-dialect")));
        var script = cut.Find("[aria-label='Data-moving script']").TextContent;
        Assert.Contains(insert, script);
        Assert.Contains("SELECT DISTINCT", script);
        Assert.Contains("people_nf_old", script);
        // The 3NF part holding the key takes the table's name, so the original's rows are copied aside first, in the same dialect.
        Assert.Contains(copyAside, cut.Find("[aria-label='Script before creating the new tables']").TextContent);
    }

    [Fact]
    public void Panel_shows_the_picker_after_applying_a_proposal_and_the_picked_dialect_requotes_the_script()
    {
        Current = new Design { Tables = [People with { FunctionalDependencies = [ZipCity] }] };
        var cut = RenderPanel();
        Button(cut, "Apply 3NF synthesis").Click();
        cut.Find("select[aria-label='Script dialect']").Change(DialectNames.SqlServer);
        cut.WaitForAssertion(() => Assert.Contains("INSERT INTO [people_zip] ([zip], [city])", cut.Find("[aria-label='Data-moving script']").TextContent));
    }

    private IRenderedComponent<DataMovingScriptView> RenderScript(string dialect)
    {
        var design = new Design { Tables = [People with { FunctionalDependencies = [ZipCity] }] };
        var application = DecompositionApplier.Build(design, People.Id);
        Assert.True(application.CanApply);
        return Render<DataMovingScriptView>(p => p
            .Add(x => x.Title, "3NF synthesis")
            .Add(x => x.Application, application)
            .Add(x => x.Dialect, dialect));
    }
}

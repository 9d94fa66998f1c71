using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Web.Components.Pages.Designer.Tables;

namespace DesignStudio.Web.Tests.Designer.Tables;

public class TableListTests : StudioTestContext
{
    private static Design WithTables(int count) =>
        new() { Tables = [.. Enumerable.Range(0, count).Select(i => new Table { Id = $"t{i}", Name = $"table_{i:0000}", Schema = i == 7 ? "sales" : null })] };

    private static IReadOnlyList<string> Listed(IRenderedComponent<TableList> cut) =>
        [.. cut.Find("nav[aria-label='Table list']").QuerySelectorAll("button").Select(b => b.TextContent)];

    [Fact]
    public void A_large_design_lists_the_first_hundred_tables_and_says_how_many_there_are()
    {
        var cut = Render<TableList>(p => p.Add(x => x.Design, WithTables(1000)));
        var listed = Listed(cut);
        Assert.Equal(TableList.MaxShown, listed.Count);
        Assert.Equal("table_0000", listed[0]);
        Assert.Contains("Showing 100 of 1,000 tables", cut.Find("[role=status]").TextContent);
    }

    [Fact]
    public void The_filter_finds_tables_beyond_the_first_hundred_by_part_of_their_qualified_name()
    {
        var cut = Render<TableList>(p => p.Add(x => x.Design, WithTables(1200)));
        Labelled(cut, "Filter tables").Input("TABLE_1");
        var expected = Enumerable.Range(1000, 100).Select(i => $"table_{i:0000}").ToList();
        cut.WaitForAssertion(() => Assert.Equal(expected, Listed(cut)));
        Assert.Contains("Showing 100 of 200 tables", cut.Find("[role=status]").TextContent);

        Labelled(cut, "Filter tables").Input("sales.");
        cut.WaitForAssertion(() => Assert.Equal(["sales.table_0007"], Listed(cut)));
        Labelled(cut, "Filter tables").Input("nothing like it");
        cut.WaitForAssertion(() => Assert.Contains("No table name contains", cut.Markup));
    }

    [Fact]
    public void Picking_a_table_reports_its_id_and_the_selected_one_is_marked_current()
    {
        string? picked = null;
        var cut = Render<TableList>(p => p.Add(x => x.Design, WithTables(3)).Add(x => x.SelectedTableId, "t1")
            .Add(x => x.OnSelect, (string id) => picked = id));
        var buttons = cut.FindAll("nav[aria-label='Table list'] button");
        Assert.Equal("true", buttons[1].GetAttribute("aria-current"));
        Assert.Null(buttons[0].GetAttribute("aria-current"));
        Assert.Empty(cut.FindAll("[aria-label='Filter tables']"));
        buttons[2].Click();
        Assert.Equal("t2", picked);
    }
}

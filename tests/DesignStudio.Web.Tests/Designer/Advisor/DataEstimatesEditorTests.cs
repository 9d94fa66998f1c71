using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Core.Samples;
using DesignStudio.Web.Components.Pages.Designer.Advisor;

namespace DesignStudio.Web.Tests.Designer.Advisor;

public class DataEstimatesEditorTests : StudioTestContext
{
    [Fact]
    public void Row_estimate_distinct_counts_and_null_fractions_are_saved_as_one_undoable_edit()
    {
        var session = new EditSession(SampleDesigns.Blog());
        var cut = Render<DataEstimatesEditor>(p => p
            .Add(x => x.Table, session.Design.GetTable("tbl_users"))
            .Add(x => x.OnOperation, op => Task.FromResult(session.Apply(op).Succeeded)));
        cut.Find("details.ds-estimates").TriggerEvent("ontoggle", EventArgs.Empty);
        Assert.True(Button(cut, "Save estimates").HasAttribute("disabled"));

        Labelled(cut, "Row estimate").Change("250000");
        Labelled(cut, "Distinct values of email").Change("240000");
        Labelled(cut, "Null fraction of display_name").Change("0.3");
        Button(cut, "Save estimates").Click();

        var users = session.Design.GetTable("tbl_users");
        Assert.Equal(250_000, users.RowEstimate);
        Assert.Equal(240_000, users.FindColumnByName("email")!.DistinctEstimate);
        Assert.Equal(0.3, users.FindColumnByName("display_name")!.NullFraction);
        session.Undo();
        Assert.Equal(SampleDesigns.Blog(), session.Design);
    }

    [Fact]
    public void The_estimate_fields_are_rendered_only_while_the_section_is_open()
    {
        var cut = Render<DataEstimatesEditor>(p => p.Add(x => x.Table, SampleDesigns.Blog().GetTable("tbl_users")));
        var details = cut.Find("details.ds-estimates");
        Assert.False(details.HasAttribute("open"));
        Assert.Empty(cut.FindAll("input"));

        details.TriggerEvent("ontoggle", EventArgs.Empty);
        Assert.True(cut.Find("details.ds-estimates").HasAttribute("open"));
        Assert.NotNull(Labelled(cut, "Distinct values of email"));

        cut.Find("details.ds-estimates").TriggerEvent("ontoggle", EventArgs.Empty);
        Assert.Empty(cut.FindAll("input"));
    }
}

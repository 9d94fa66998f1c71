using Bunit;
using DesignStudio.Web.Canvas;
using DesignStudio.Web.Services.Versions;
using DesignStudio.Web.Tests.Versions;

namespace DesignStudio.Web.Tests.Canvas;

/// <summary>The compare canvas colours foreign-key links as it colours tables.</summary>
public class DiffLinkHighlightTests : StudioTestContext
{
    [Fact]
    public void Added_removed_and_changed_links_are_drawn_in_the_diff_colours()
    {
        var view = DesignDiffView.Build(DiffDrawingTests.LinkPair.From, DiffDrawingTests.LinkPair.To);
        var cut = Render<DesignCanvas>(p => p.Add(c => c.Design, view.Drawn).Add(c => c.Highlights, view.Highlights).Add(c => c.Disabled, true));

        var links = cut.Instance.Projection.Links.ToDictionary(l => l.ForeignKeyId);
        Assert.Equal((DiffMark?)DiffMark.Added, links["fk_reviewer"].DiffMark);
        Assert.Equal(DiffHighlights.LinkColor(DiffMark.Added), links["fk_reviewer"].Color);
        Assert.Equal(DiffHighlights.LinkColor(DiffMark.Removed), links["fk_editor"].Color);
        Assert.Equal(DiffHighlights.LinkColor(DiffMark.Changed), links["fk_author"].Color);
        Assert.Null(links["fk_same"].Color);

        cut.WaitForAssertion(() => Assert.Equal("removed", cut.Find("[data-link='fk_editor']").GetAttribute("data-diff")));
        Assert.Equal("added", cut.Find("[data-link='fk_reviewer']").GetAttribute("data-diff"));
        Assert.Contains("ds-link-diff-changed", cut.Find("[data-link='fk_author']").ClassName);
        Assert.Empty(cut.FindAll("[data-link='fk_same']"));
    }
}

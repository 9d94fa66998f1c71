using System.Xml.Linq;
using Bunit;
using DesignStudio.Web.Components.Pages.Designer.Export;
using DesignStudio.Web.Services;
using MudBlazor;

namespace DesignStudio.Web.Tests.Designer.Export;

public class DiagramExportMenuTests : StudioTestContext
{
    private IRenderedComponent<MudPopoverProvider>? popovers;

    private IRenderedComponent<DiagramExportMenu> RenderMenu(string stem = "Blog / v2")
    {
        popovers = Render<MudPopoverProvider>();
        return Render<DiagramExportMenu>(p => p.Add(c => c.Design, StarterDesigns.Blog()).Add(c => c.FileStem, stem));
    }

    [Fact]
    public void Svg_item_downloads_the_exported_diagram()
    {
        var cut = RenderMenu();
        Button(cut, "Export diagram").Click();
        cut.WaitForAssertion(() => Assert.NotEmpty(FindItems()));
        FindItems().Single(i => i.TextContent.Trim() == "SVG").Click();
        // The item closes the menu before its handler runs: wait for the download call rather than assume it happened.
        cut.WaitForAssertion(() => JSInterop.VerifyInvoke("designStudio.download"));
        var call = JSInterop.VerifyInvoke("designStudio.download");
        Assert.Equal("Blog___v2.svg", call.Arguments[0]);
        var svg = XDocument.Parse((string)call.Arguments[1]!);
        Assert.Equal(StarterDesigns.Blog().Tables.Count, svg.Descendants().Count(e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "table"));
        Assert.Equal("image/svg+xml", call.Arguments[2]);
    }

    [Fact]
    public void Png_item_renders_the_same_svg_in_the_browser()
    {
        var cut = RenderMenu("blog");
        Button(cut, "Export diagram").Click();
        cut.WaitForAssertion(() => Assert.NotEmpty(FindItems()));
        FindItems().Single(i => i.TextContent.Trim() == "PNG").Click();
        // The item closes the menu before its handler runs: wait for the download call rather than assume it happened.
        cut.WaitForAssertion(() => JSInterop.VerifyInvoke("designStudio.downloadSvgAsPng"));
        var call = JSInterop.VerifyInvoke("designStudio.downloadSvgAsPng");
        Assert.Equal("blog.png", call.Arguments[0]);
        Assert.Equal(cut.Instance.Svg(), call.Arguments[1]);
    }

    private IReadOnlyList<AngleSharp.Dom.IElement> FindItems() => popovers!.FindAll(".mud-menu-item");
}

using Bunit;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Web.Components.Pages.Designer;

namespace DesignStudio.Web.Tests.Designer;

public class DiagnosticsPanelTests : StudioTestContext
{
    [Fact]
    public void Shows_each_diagnostic_with_code_path_and_message_as_text()
    {
        var cut = Render<DiagnosticsPanel>(p => p.Add(x => x.Diagnostics,
        [
            new Diagnostic("OP004", Severity.Error, "tables/users", "Another table is already named '<b>x</b>'."),
            new Diagnostic("DS2001", Severity.Warning, "tables/posts", "Long name"),
        ]));
        var items = cut.FindAll("[data-code]");
        Assert.Equal(["OP004", "DS2001"], items.Select(i => i.GetAttribute("data-code")));
        Assert.Contains("tables/users", items[0].TextContent);
        Assert.Contains("Another table is already named '<b>x</b>'.", items[0].TextContent);
        Assert.Empty(cut.FindAll("[data-code] b"));
        Assert.Contains("Error:", items[0].TextContent);
    }

    [Fact]
    public void Says_so_when_there_are_no_problems()
    {
        var cut = Render<DiagnosticsPanel>();
        Assert.Contains("No problems found.", cut.Markup);
        Assert.Equal("Diagnostics", cut.Find("[role=region]").GetAttribute("aria-label"));
    }
}

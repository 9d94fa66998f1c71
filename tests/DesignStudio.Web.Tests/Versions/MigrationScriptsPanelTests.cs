using Bunit;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Web.Components.Pages.Designer.Versions;
using DesignStudio.Web.Services;
using DesignStudio.Web.Services.Versions;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DesignStudio.Web.Tests.Versions;

/// <summary>The scripts panel's sandbox try-run on SQLite (configured in the test context), for real.</summary>
public class MigrationScriptsPanelTests : StudioTestContext
{
    public MigrationScriptsPanelTests() => Services.AddSingleton<IDdlSource>(new SqlDialectDdlSource(DialectRegistry.All));

    private IRenderedComponent<MigrationScriptsPanel> Render(Design from, Design to)
    {
        Render<MudPopoverProvider>();
        return Render<MigrationScriptsPanel>(p => p
            .Add(x => x.ProjectId, Guid.NewGuid())
            .Add(x => x.InitialDialect, DialectNames.Sqlite)
            .Add(x => x.Pair, new ComparedPair(1, 2, from, to, "v1", "v2")));
    }

    [Fact]
    public void Try_on_sandbox_runs_up_and_down_and_reports_success()
    {
        var old = DesignDiffViewTests.V1;
        var to = old with { Tables = [.. old.Tables, new Table { Id = "tbl_n", Name = "notes", Columns = [new Column { Id = "c_n", Name = "body", Type = LogicalType.Text }] }] };
        var panel = Render(old, to);
        Button(panel, "Try on sandbox").Click();
        panel.WaitForAssertion(() => Assert.Contains("ran without errors", panel.Find("[aria-label='Sandbox result']").TextContent));
        Assert.Contains("temporary SQLite file", panel.Find("[aria-label='Sandbox result']").TextContent);
    }

    [Fact]
    public void Try_on_sandbox_shows_the_failing_statement_and_its_line()
    {
        var old = DesignDiffViewTests.V1;
        var broken = old.Tables[1] with { Checks = [new CheckConstraint { Id = "ck_bad", Expression = "tag IS NOT (((" }] };
        var to = old with { Tables = [old.Tables[0], broken, old.Tables[2]] };
        var panel = Render(old, to);
        Button(panel, "Try on sandbox").Click();
        panel.WaitForAssertion(() => Assert.Contains("Up script, statement", panel.Find("[aria-label='Sandbox result']").TextContent));
        var result = panel.Find("[aria-label='Sandbox result']").TextContent;
        Assert.Matches(@"\(line \d+\)", result);
        Assert.Contains("(((", panel.Find("[aria-label='Sandbox result'] pre").TextContent);
    }

    [Fact]
    public void The_sandbox_is_not_offered_for_an_engine_without_configuration()
    {
        var panel = Render<MigrationScriptsPanel>(p => p
            .Add(x => x.ProjectId, Guid.NewGuid())
            .Add(x => x.Pair, new ComparedPair(1, 2, DesignDiffViewTests.V1, DesignDiffViewTests.V2, "v1", "v2")));
        // The panel's actions are rendered (so the absence below is not just an early look at an empty panel).
        panel.WaitForAssertion(() => Assert.Contains(panel.FindAll("button"), b => b.TextContent.Trim() == "Save scripts"));
        Assert.DoesNotContain(panel.FindAll("button"), b => b.TextContent.Trim() == "Try on sandbox");
    }
}

using AngleSharp.Dom;
using Bunit;
using DesignStudio.Core.Dialects;
using DesignStudio.Web.Components.Pages.Compare;
using DesignStudio.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DesignStudio.Web.Tests.Compare;

public class SchemaComparePageTests : StudioTestContext
{
    public SchemaComparePageTests()
    {
        Services.AddSingleton<IDdlSource>(new SqlDialectDdlSource(DialectRegistry.All));
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", true));
    }

    private IRenderedComponent<SchemaComparePage> Compared(string oldSql = SchemaFixtures.Old, string newSql = SchemaFixtures.New)
    {
        Render<MudPopoverProvider>();
        var page = Render<SchemaComparePage>();
        Type(page, "Old schema SQL", oldSql, immediate: false);
        Type(page, "New schema SQL", newSql, immediate: false);
        Button(page, "Compare").Click();
        return page;
    }

    private static IElement Candidate(IRenderedComponent<SchemaComparePage> page, string name) =>
        page.Find($"li[aria-label='Rename {name}']");

    private static string UpScript(IRenderedComponent<SchemaComparePage> page) => page.Find("[aria-label='Up script']").TextContent;

    [Fact]
    public void Lists_rename_candidates_with_their_reasons_all_open()
    {
        var page = Compared();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[aria-label='Rename candidate list']")));
        Assert.Equal(3, page.FindAll("[aria-label='Rename candidate list'] > li").Count);
        var table = Candidate(page, "customer to client");
        Assert.Equal("open", table.GetAttribute("data-decision"));
        Assert.Contains("4 of 5 columns match by name and type", table.TextContent);
        Assert.Contains("same type", Candidate(page, "orders.customer_id to client_id").TextContent);
        Assert.Contains("DROP TABLE \"customer\"", UpScript(page));
    }

    [Fact]
    public void Confirming_a_rename_turns_drop_and_create_into_a_rename_and_rejecting_undoes_it()
    {
        var page = Compared();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[aria-label='Rename candidate list']")));

        Button(page, "Confirm rename customer to client").Click();
        page.WaitForAssertion(() => Assert.Equal("confirmed", Candidate(page, "customer to client").GetAttribute("data-decision")));
        Assert.Contains("ALTER TABLE \"customer\" RENAME TO \"client\"", UpScript(page));
        Assert.DoesNotContain("DROP TABLE \"customer\"", UpScript(page));
        Assert.True(Button(page, "Confirm rename customer to client").HasAttribute("disabled"));
        Assert.Contains(page.FindAll("[aria-label='Change list'] li"), li => li.TextContent.Contains("rename table customer", StringComparison.OrdinalIgnoreCase));

        Button(page, "Confirm rename orders.customer_id to client_id").Click();
        page.WaitForAssertion(() => Assert.Contains("RENAME COLUMN \"customer_id\" TO \"client_id\"", UpScript(page)));
        Button(page, "Reject rename orders.note to remark").Click();
        page.WaitForAssertion(() => Assert.Equal("rejected", Candidate(page, "orders.note to remark").GetAttribute("data-decision")));
        Assert.Contains("DROP COLUMN \"note\"", UpScript(page));

        Button(page, "Reject rename customer to client").Click();
        page.WaitForAssertion(() => Assert.Equal("rejected", Candidate(page, "customer to client").GetAttribute("data-decision")));
        Assert.Contains("DROP TABLE \"customer\"", UpScript(page));
        // The renamed table is drawn as changed only while the rename is confirmed; now customer is removed and client added.
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[aria-label='Table customer (removed)']")));
        Assert.NotNull(page.Find("[aria-label='Table client (added)']"));
    }

    [Fact]
    public void Import_errors_are_listed_with_line_and_column_and_nothing_is_compared()
    {
        var page = Compared(newSql: "CREATE TABLE ok (id integer);\nCREATE TABLE broken (id integer,, x);");
        page.WaitForAssertion(() => Assert.Contains("New schema, line 2:", page.Find("[aria-label='Import errors']").TextContent));
        Assert.Empty(page.FindAll("[aria-label='Rename candidates']"));
        Assert.Empty(page.FindAll("[aria-label='Up script']"));
    }

    [Fact]
    public void Without_a_project_the_scripts_download_as_a_zip_and_are_not_saved()
    {
        var page = Compared();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[aria-label='Up script']")));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "Save scripts");
        page.Find("[role=alert] input[type=checkbox]").Change(true); // the drops lose data: confirm
        page.WaitForAssertion(() => Button(page, "Download zip").Click());
        var call = JSInterop.Invocations.Last(i => i.Identifier == "designStudio.download");
        Assert.Equal("schema_compare.postgres.plain.zip", call.Arguments[0]);
        Assert.IsType<byte[]>(call.Arguments[1]);
    }

    [Fact]
    public void An_uploaded_file_fills_its_schema_and_can_be_compared()
    {
        Render<MudPopoverProvider>();
        var page = Render<SchemaComparePage>();
        var inputs = page.FindComponents<Microsoft.AspNetCore.Components.Forms.InputFile>();
        inputs[0].UploadFiles(InputFileContent.CreateFromText(SchemaFixtures.Old, "v1.sql"));
        inputs[1].UploadFiles(InputFileContent.CreateFromText(SchemaFixtures.New, "v2.sql"));
        page.WaitForAssertion(() => Assert.Contains("Read v2.sql", page.Markup));
        Assert.Equal(SchemaFixtures.Old, Labelled(page, "Old schema SQL").TextContent);
        Button(page, "Compare").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("li[aria-label='Rename customer to client']")));
    }
}

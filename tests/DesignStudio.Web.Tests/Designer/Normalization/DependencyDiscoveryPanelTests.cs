using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using Microsoft.AspNetCore.Components.Forms;

namespace DesignStudio.Web.Tests.Designer.Normalization;

public class DependencyDiscoveryPanelTests : NormalizationHost
{
    private const string Csv = "ID,Zip,City\n1,10115,Berlin\n2,10115,Berlin\n3,80331,München\n4,20095,Hamburg\n5,80331,München\n";

    [Fact]
    public void Csv_sample_discovers_minimal_dependencies_and_accepts_the_selected_ones_in_one_step()
    {
        var cut = RenderPanel();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Csv, "people.csv"));
        cut.WaitForAssertion(() => Assert.Contains("people.csv: 5 rows, 3 columns.", cut.Markup));
        Button(cut, "Discover dependencies").Click();
        cut.WaitForAssertion(() => Labelled(cut, "zip → city"));
        // id → zip and id → city follow from the primary key: they are not offered.
        Assert.DoesNotContain("id → zip", cut.Find("[aria-label='Discovered dependencies']").TextContent);
        Labelled(cut, "zip → city").Change(true);
        Labelled(cut, "city → zip").Change(true);
        Button(cut, "Accept selected (2)").Click();
        var op = Assert.IsType<CompositeOperation>(Assert.Single(Raised));
        Assert.Equal(2, op.Steps.Count);
        var fds = Current.GetTable(People.Id).FunctionalDependencies;
        Assert.Equal(2, fds.Count);
        Assert.All(fds, f => Assert.Equal(DependencySource.Discovered, f.Source));
        Assert.Contains(fds, f => f.DeterminantIds.SequenceEqual(["people.zip"]) && f.DependentIds.SequenceEqual(["people.city"]));
    }

    [Fact]
    public void Tolerance_finds_an_approximate_dependency_with_its_error()
    {
        var cut = RenderPanel();
        var rows = string.Concat(Enumerable.Range(0, 10).Select(i => $"{i},{(i < 5 ? "10115" : "80331")},{(i == 9 ? "Muenchen" : i < 5 ? "Berlin" : "München")}\n"));
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("id,zip,city\n" + rows, "typo.csv"));
        cut.WaitForAssertion(() => Assert.Contains("typo.csv: 10 rows", cut.Markup));
        Button(cut, "Discover dependencies").Click();
        cut.WaitForAssertion(() => Assert.Contains("minimal dependencies hold", cut.Markup));
        Assert.DoesNotContain("zip → city", cut.Find("[aria-label='Discovered dependencies']").TextContent);

        Type(cut, "Tolerance (% of rows, g3)", "10", immediate: false);
        Button(cut, "Discover dependencies").Click();
        cut.WaitForAssertion(() => Assert.Contains("zip → city (holds except in 1 of 10 rows, g3 10%)", cut.Find("[aria-label='Discovered dependencies']").TextContent));
    }

    [Fact]
    public void Csv_sample_with_separated_lists_in_a_text_column_is_reported_as_a_1nf_finding()
    {
        var cut = RenderPanel();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            "id,zip,city\n1,10115,\"Berlin, Potsdam\"\n2,80331,München;Augsburg\n3,20095,Hamburg|Kiel\n", "lists.csv"));
        cut.WaitForAssertion(() => Assert.Contains("lists.csv: 3 rows", cut.Markup));
        var finding = cut.Find("[aria-label='1NF findings in the sample'] li");
        Assert.Equal("NF104", finding.GetAttribute("data-code"));
        Assert.Contains("city holds separated lists in 3 of 3 sample values", finding.TextContent);
    }

    [Fact]
    public void Malformed_csv_is_reported_with_its_line_number()
    {
        var cut = RenderPanel();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("id,zip,city\n1,10115,Berlin\n2,\"10115\"x,Berlin\n", "bad.csv"));
        cut.WaitForAssertion(() => Assert.Contains("Line 3", cut.Find("[aria-label='Sample problems']").TextContent));
    }

    [Fact]
    public void Csv_whose_header_names_no_column_is_refused()
    {
        var cut = RenderPanel();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("a,b\n1,2\n", "other.csv"));
        cut.WaitForAssertion(() => Assert.Contains("No header column names a column of people.", cut.Markup));
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "Discover dependencies");
    }

    [Fact]
    public async Task Live_sqlite_sample_is_read_and_discovered()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nf-sample-{Guid.NewGuid():N}.db");
        try
        {
            await using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
            {
                await db.OpenAsync();
                await using var command = db.CreateCommand();
                command.CommandText = "CREATE TABLE people (id integer PRIMARY KEY, zip text, city text);"
                    + "INSERT INTO people VALUES (1,'10115','Berlin'),(2,'10115','Berlin'),(3,'80331','München');";
                await command.ExecuteNonQueryAsync();
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var cut = RenderPanel();
            await cut.InvokeAsync(() => cut.FindComponents<MudBlazor.MudSelect<string>>().Single(s => s.Instance.Label == "Engine").Instance.SelectOption("sqlite"));
            Type(cut, "Connection string", $"Data Source={path}");
            Button(cut, "Read sample").Click();
            cut.WaitForAssertion(() => Assert.Contains("Read 3 rows of people from the sqlite database.", cut.Markup));
            Button(cut, "Discover dependencies").Click();
            cut.WaitForAssertion(() => Labelled(cut, "zip → city"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}

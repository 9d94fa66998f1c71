namespace DesignStudio.Cli.Tests;

public class DesignFileInputTests
{
    [Fact]
    public void Unreadable_design_is_reported_as_file_line_column_and_gives_null()
    {
        using var file = new TempDesignFile("{\"format\": \"designstudio\",\n \"version\": 1, \"design\": {\"tables\": 3}}");
        var error = new StringWriter();
        Assert.Null(DesignFileInput.ReadOrReport(file.Path, error));
        Assert.StartsWith($"{file.Path}:2:37: error DSF004: Expected a list (a JSON array) at $.design.tables", error.ToString());
    }

    [Fact]
    public void Readable_design_is_returned_and_nothing_is_printed()
    {
        var blog = Path.Combine(DesignStudio.TestSupport.TestEnvironment.RepositoryRoot, "samples", "blog.design.json");
        var error = new StringWriter();
        Assert.Equal("Blog", DesignFileInput.ReadOrReport(blog, error)!.Name);
        Assert.Equal("", error.ToString());
    }
}

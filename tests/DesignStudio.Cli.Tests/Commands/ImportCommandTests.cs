using DesignStudio.Core.Serialization;

namespace DesignStudio.Cli.Tests.Commands;

public class ImportCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("import-cli-").FullName;

    public void Dispose()
    {
        Directory.Delete(dir, true);
        GC.SuppressFinalize(this);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Writes_the_design_file_and_the_report_with_positions_to_stderr()
    {
        var sql = Write("s.sql", "CREATE TABLE a (id int PRIMARY KEY);\nCREATE VIEW v AS SELECT 1;\n  FROB;\n");
        var design = Path.Combine(dir, "d.design.json");

        var run = CliRun.Of("import", "--dialect", "postgres", sql, "-o", design);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 tables", run.Error);
        Assert.Contains("kept verbatim:", run.Error);
        Assert.Contains("s.sql:3:3", run.Error);
        var read = DesignFile.Read(File.ReadAllText(design));
        Assert.Equal("a", Assert.Single(read.Design!.Tables).Name);
        Assert.Equal("view", Assert.Single(read.Design.Verbatim).Kind);
    }

    [Fact]
    public void Reports_as_json_and_exits_with_one_when_the_script_has_errors()
    {
        var sql = Write("bad.sql", "CREATE TABLE a (x int DEFAULT);");

        var run = CliRun.Of("import", "--dialect", "sqlite", sql, "--json");

        Assert.Equal(1, run.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Error);
        Assert.Equal("error", doc.RootElement.GetProperty("diagnostics")[0].GetProperty("severity").GetString());
        Assert.Contains("\"format\": \"designstudio\"", run.Output);
    }

    [Fact]
    public void Missing_file_and_unknown_dialect_exit_with_two()
    {
        Assert.Equal(2, CliRun.Of("import", "--dialect", "sqlite", Path.Combine(dir, "none.sql")).ExitCode);
        Assert.Equal(2, CliRun.Of("import", "--dialect", "oracle", Write("x.sql", "")).ExitCode);
    }
}

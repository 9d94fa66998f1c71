using DesignStudio.Cli.Commands;

namespace DesignStudio.Cli.Tests.Commands;

public class ImportCommandTests
{
    [Fact]
    public void Prints_the_report_with_file_positions_and_fails_when_the_script_has_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.sql");
        File.WriteAllText(path, "CREATE TABLE a (x int);\nCREATE TABLE b (y int DEFAULT);\nFROB;\n");
        try
        {
            var report = new StringWriter();

            var exit = ImportCommand.Run("postgres", new FileInfo(path), null, false, report);

            Assert.Equal(1, exit);
            var text = report.ToString();
            Assert.Contains("1 tables", text);
            Assert.Contains(Path.GetFileName(path) + ":2:", text);
            Assert.Contains(Path.GetFileName(path) + ":3:1", text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Writes_the_report_as_json_when_asked()
    {
        var path = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.sql");
        File.WriteAllText(path, "CREATE TABLE a (x int); CREATE VIEW v AS SELECT 1;");
        try
        {
            var report = new StringWriter();

            var exit = ImportCommand.Run("postgres", new FileInfo(path), null, true, report);

            Assert.Equal(0, exit);
            using var doc = System.Text.Json.JsonDocument.Parse(report.ToString());
            Assert.Equal("view", doc.RootElement.GetProperty("verbatim")[0].GetProperty("kind").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_file_exits_with_two()
    {
        Assert.Equal(2, ImportCommand.Run("sqlite", new FileInfo("/nonexistent/x.sql"), null, false, new StringWriter()));
    }
}

using DesignStudio.Core.Model;
using DesignStudio.Core.Samples;
using DesignStudio.Core.Serialization;

namespace DesignStudio.Cli.Tests.Commands;

public class DdlCommandTests
{
    [Theory]
    [InlineData("postgres", "CREATE TABLE \"users\"")]
    [InlineData("mysql", "CREATE TABLE `users`")]
    [InlineData("mariadb", "CREATE TABLE `users`")]
    [InlineData("sqlite", "CREATE TABLE \"users\"")]
    [InlineData("sqlserver", "CREATE TABLE [dbo].[users]")]
    public void Writes_the_blog_sample_ddl_for_each_dialect(string dialect, string expected)
    {
        using var file = new TempDesignFile(DesignFile.Serialize(SampleDesigns.Blog()));
        var run = CliRun.Of("ddl", "--dialect", dialect, file.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Output);
    }

    [Fact]
    public void Writes_to_a_file_with_output_option()
    {
        using var file = new TempDesignFile(DesignFile.Serialize(SampleDesigns.Blog()));
        var target = file.Path + ".sql";
        var run = CliRun.Of("ddl", "--dialect", "sqlite", file.Path, "-o", target);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("CREATE TABLE \"posts\"", File.ReadAllText(target));
    }

    [Fact]
    public void Refuses_a_design_with_validation_errors_and_writes_no_ddl()
    {
        var broken = new Design
        {
            Tables =
            [
                new Table { Id = "a", Name = "dup", Columns = [new Column { Id = "c", Name = "id", Type = LogicalType.Int32 }] },
                new Table { Id = "b", Name = "dup", Columns = [new Column { Id = "d", Name = "id", Type = LogicalType.Int32 }] },
            ],
        };
        using var file = new TempDesignFile(DesignFile.Serialize(broken));
        var run = CliRun.Of("ddl", "--dialect", "postgres", file.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("error", run.Error);
    }

    [Fact]
    public void Malformed_json_reports_line_and_column_with_exit_code_2()
    {
        using var file = new TempDesignFile("{\n  \"format\": \"designstudio\",\n  oops\n}");
        var run = CliRun.Of("ddl", "--dialect", "postgres", file.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"design\.json:3:\d+: error", run.Error);
    }

    [Fact]
    public void Unknown_dialect_is_a_usage_error()
    {
        using var file = new TempDesignFile(DesignFile.Serialize(SampleDesigns.Blog()));
        var run = CliRun.Of("ddl", "--dialect", "oracle", file.Path);
        Assert.NotEqual(0, run.ExitCode);
    }

    [Fact]
    public void Export_command_offers_ddl_per_dialect()
    {
        using var file = new TempDesignFile(DesignFile.Serialize(SampleDesigns.Blog()));
        var run = CliRun.Of("export", "--format", "ddl", "--dialect", "sqlserver", file.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("CREATE TABLE [dbo].[posts]", run.Output);
    }
}

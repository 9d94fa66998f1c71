using System.Text.Json;
using DesignStudio.Core.Model;
using DesignStudio.Core.Samples;
using DesignStudio.Core.Serialization;
using DesignStudio.TestSupport;

namespace DesignStudio.Cli.Tests.Commands;

public class ValidateCommandTests
{
    private static string BlogPath => Path.Combine(TestEnvironment.RepositoryRoot, "samples", "blog.design.json");

    private static string WithSelfCycle()
    {
        var design = new Design
        {
            Tables =
            [
                new Table
                {
                    Id = "t", Name = "node",
                    Columns = [new Column { Id = "c", Name = "parent_id", Type = LogicalType.Int64, Nullable = false }],
                    PrimaryKey = new PrimaryKey { Id = "pk", ColumnIds = ["c"] },
                    ForeignKeys = [new ForeignKey { Id = "fk", Name = "fk_parent", ColumnIds = ["c"], TargetTableId = "t", TargetColumnIds = ["c"] }],
                },
            ],
        };
        return DesignFile.Serialize(design);
    }

    [Fact]
    public void Valid_sample_exits_zero_and_says_so()
    {
        var run = CliRun.Of("validate", BlogPath);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("valid", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Design_with_errors_exits_one_and_lists_them_with_code_and_path()
    {
        using var file = new TempDesignFile(WithSelfCycle());
        var run = CliRun.Of("validate", file.Path);
        Assert.Equal(ExitCodes.ProblemsFound, run.ExitCode);
        // The table is the first one in the file: its object starts on line 7, column 7 of the indented file.
        Assert.Contains($"{file.Path}:7:7: error DS018: tables/node: ", run.Output);
        Assert.Contains("1 error(s)", run.Output);
    }

    [Fact]
    public void Json_option_prints_a_parsable_array_of_diagnostics()
    {
        using var file = new TempDesignFile(WithSelfCycle());
        var run = CliRun.Of("validate", file.Path, "--json");
        Assert.Equal(ExitCodes.ProblemsFound, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("DS018", item.GetProperty("code").GetString());
        Assert.Equal("error", item.GetProperty("severity").GetString());
        Assert.Equal("tables/node", item.GetProperty("path").GetString());
    }

    [Fact]
    public void Json_option_on_a_clean_design_prints_an_empty_array()
    {
        var run = CliRun.Of("validate", "--json", BlogPath);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(0, JsonDocument.Parse(run.Output).RootElement.GetArrayLength());
    }

    [Fact]
    public void Malformed_json_gives_file_line_column_on_stderr_and_exit_two()
    {
        using var file = new TempDesignFile("{\n  \"format\": \"designstudio\",\n  \"version\": 1,\n  \"design\": {\"tables\": [}\n}\n");
        var run = CliRun.Of("validate", file.Path);
        Assert.Equal(ExitCodes.UsageOrUnreadableInput, run.ExitCode);
        Assert.StartsWith($"{file.Path}:4:25: error DSF001: ", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Wrong_shape_gives_the_position_of_the_bad_value()
    {
        using var file = new TempDesignFile("{\"format\": \"designstudio\", \"version\": 1,\n\"design\": {\"name\": 42}}");
        var run = CliRun.Of("validate", file.Path);
        Assert.Equal(ExitCodes.UsageOrUnreadableInput, run.ExitCode);
        Assert.StartsWith($"{file.Path}:2:20: error DSF004: ", run.Error);
    }

    [Fact]
    public void Missing_file_exits_two_with_a_message()
    {
        var run = CliRun.Of("validate", Path.Combine(Path.GetTempPath(), "no-such-design-" + Guid.NewGuid() + ".json"));
        Assert.Equal(ExitCodes.UsageOrUnreadableInput, run.ExitCode);
        Assert.Contains("error DSF000: Cannot read the file", run.Error);
    }

    [Fact]
    public void Newer_format_version_exits_two_and_says_to_upgrade()
    {
        using var file = new TempDesignFile(SampleDesigns.BlogSample.ReadJson().Replace("\"version\": 1", "\"version\": 9"));
        var run = CliRun.Of("validate", file.Path);
        Assert.Equal(ExitCodes.UsageOrUnreadableInput, run.ExitCode);
        Assert.Contains("newer DesignStudio", run.Error);
    }

    [Fact]
    public void Dialect_option_applies_that_engines_rules()
    {
        var design = new Design { Tables = [new Table { Id = "t", Name = new string('x', 64) }] };
        using var file = new TempDesignFile(DesignFile.Serialize(design));
        Assert.Equal(ExitCodes.ProblemsFound, CliRun.Of("validate", file.Path, "--dialect", "postgres").ExitCode);
        Assert.Equal(ExitCodes.Ok, CliRun.Of("validate", file.Path, "--dialect", "mysql").ExitCode);
        var warned = CliRun.Of("validate", file.Path);
        Assert.Equal(ExitCodes.Ok, warned.ExitCode);
        Assert.Contains("warning DS007", warned.Output);
    }

    [Theory]
    [InlineData("validate", "--dialect", "oracle", "x.json")]
    [InlineData("validate")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Usage_errors_exit_two(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(ExitCodes.UsageOrUnreadableInput, run.ExitCode);
        Assert.Contains("error:", run.Error);
    }

    [Fact]
    public void Help_documents_the_exit_codes()
    {
        var run = CliRun.Of("--help");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Exit codes: 0", run.Output);
        Assert.Contains("validate", run.Output);
        Assert.Contains("Exit codes: 0", CliRun.Of("validate", "--help").Output);
    }
}

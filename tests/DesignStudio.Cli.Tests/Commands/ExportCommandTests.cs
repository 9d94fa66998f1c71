using DesignStudio.Core.Model;
using DesignStudio.Core.Serialization;

namespace DesignStudio.Cli.Tests.Commands;

public class ExportCommandTests
{
    private static readonly Design Sample = new()
    {
        Name = "shop",
        Tables =
        [
            new Table
            {
                Id = "t", Name = "customers",
                Columns = [new Column { Id = "c", Name = "id", Type = LogicalType.Int64, Nullable = false }, new Column { Id = "n", Name = "note", Type = LogicalType.Text, NativeTypes = [new NativeTypeOverride("mysql", "mediumtext")] }],
                PrimaryKey = new PrimaryKey { Id = "pk", ColumnIds = ["c"] },
            },
        ],
    };

    [Theory]
    [InlineData("dbml", "Table customers {")]
    [InlineData("mermaid", "erDiagram")]
    [InlineData("markdown", "# Data dictionary: shop")]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("svg", "<svg ")]
    public void Writes_each_format_to_standard_output(string format, string expected)
    {
        using var file = new TempDesignFile(DesignFile.Serialize(Sample));
        var run = CliRun.Of("export", "--format", format, file.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Output);
    }

    [Fact]
    public void Svg_format_writes_a_well_formed_diagram_with_one_group_per_table()
    {
        using var file = new TempDesignFile(DesignFile.Serialize(Sample));
        var run = CliRun.Of("export", "--format", "svg", file.Path);
        Assert.Equal(0, run.ExitCode);
        var svg = System.Xml.Linq.XDocument.Parse(run.Output);
        Assert.Single(svg.Descendants(), e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "table");
    }

    [Fact]
    public void Dialect_selects_native_types_and_the_dbml_database_type()
    {
        using var file = new TempDesignFile(DesignFile.Serialize(Sample));
        var run = CliRun.Of("export", "--format", "dbml", "--dialect", "mysql", file.Path);
        Assert.Contains("database_type: 'MySQL'", run.Output);
        Assert.Contains("note mediumtext", run.Output);
    }

    [Fact]
    public void Writes_to_a_file_with_o()
    {
        using var file = new TempDesignFile(DesignFile.Serialize(Sample));
        var target = Path.Combine(Path.GetDirectoryName(file.Path)!, "out.mmd");
        var run = CliRun.Of("export", "--format", "mermaid", file.Path, "-o", target);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("erDiagram", File.ReadAllText(target));
    }

    [Fact]
    public void Unknown_format_and_unreadable_file_exit_with_2()
    {
        using var file = new TempDesignFile(DesignFile.Serialize(Sample));
        Assert.Equal(2, CliRun.Of("export", "--format", "pdf", file.Path).ExitCode);
        var missing = CliRun.Of("export", "--format", "dbml", file.Path + ".missing");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("DSF000", missing.Error);
    }
}

using DesignStudio.Core.Model;
using DesignStudio.Core.Serialization;

namespace DesignStudio.Cli.Tests.Commands;

public class AnalyzeApplyCommandTests
{
    private static Design Addresses()
    {
        Column Col(string name, bool key = false) => new() { Id = $"col_{name}", Name = name, Type = LogicalType.Text, Nullable = !key };
        var addresses = new Table
        {
            Id = "tbl_addresses", Name = "addresses",
            Columns = [Col("id", true), Col("street"), Col("zip"), Col("city")],
            PrimaryKey = new PrimaryKey { Id = "pk_addresses", ColumnIds = ["col_id"] },
            FunctionalDependencies = [new FunctionalDependency { Id = "fd_zip", DeterminantIds = ["col_zip"], DependentIds = ["col_city"] }],
        };
        return new Design { Name = "Post", Tables = [addresses] };
    }

    [Fact]
    public void Apply_writes_the_decomposed_design_and_prints_the_data_moving_script_in_the_dialect()
    {
        using var file = new TempDesignFile(DesignFile.Serialize(Addresses()));
        var outPath = Path.Combine(Path.GetDirectoryName(file.Path)!, "new.json");

        var run = CliRun.Of("analyze", file.Path, "--apply", "addresses", "--out", outPath, "--dialect", "mysql");

        Assert.Equal(0, run.ExitCode);
        var written = DesignFile.Read(File.ReadAllBytes(outPath)).Design!;
        Assert.Equal(["addresses_zip", "addresses"], written.Tables.Select(t => t.Name));
        Assert.Contains("CREATE TABLE `addresses_nf_old` AS SELECT * FROM `addresses`;", run.Output);
        Assert.Contains("CREATE TABLE `addresses_zip`", run.Output);
        var insertZip = run.Output.IndexOf("INSERT INTO `addresses_zip`", StringComparison.Ordinal);
        var insertMain = run.Output.IndexOf("INSERT INTO `addresses`", insertZip + 1, StringComparison.Ordinal);
        Assert.True(insertZip > 0 && insertMain > insertZip, run.Output);
        Assert.EndsWith("DROP TABLE `addresses_nf_old`;\n\n", run.Output);
    }

    [Fact]
    public void Apply_without_out_or_to_an_unknown_table_is_a_usage_error()
    {
        using var file = new TempDesignFile(DesignFile.Serialize(Addresses()));

        Assert.Equal(2, CliRun.Of("analyze", file.Path, "--apply", "addresses").ExitCode);
        var unknown = CliRun.Of("analyze", file.Path, "--apply", "nope", "--out", file.Path + ".new");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no table 'nope'", unknown.Error);
    }
}

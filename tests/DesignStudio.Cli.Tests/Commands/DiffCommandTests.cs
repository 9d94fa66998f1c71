using DesignStudio.Core.Model;
using DesignStudio.Core.Serialization;

namespace DesignStudio.Cli.Tests.Commands;

public class DiffCommandTests
{
    private static readonly Design V1 = new()
    {
        Name = "shop",
        Tables =
        [
            new Table
            {
                Id = "t", Name = "customers",
                Columns = [new Column { Id = "c", Name = "id", Type = LogicalType.Int64, Nullable = false }, new Column { Id = "n", Name = "note", Type = LogicalType.Text }],
                PrimaryKey = new PrimaryKey { Id = "pk", ColumnIds = ["c"] },
            },
        ],
    };

    private static readonly Design Renamed = V1 with { Tables = V1.Tables.Replace(t => t.Id == "t", t => t with { Name = "clients" }) };

    private static readonly Design Dropped = V1 with { Tables = V1.Tables.Replace(t => t.Id == "t", t => t with { Columns = [t.Columns[0]] }) };

    [Fact]
    public void Prints_the_up_script_and_with_down_the_rollback()
    {
        using var a = new TempDesignFile(DesignFile.Serialize(V1));
        using var b = new TempDesignFile(DesignFile.Serialize(Renamed));
        var up = CliRun.Of("diff", a.Path, b.Path, "--dialect", "postgresql");
        Assert.Equal(0, up.ExitCode);
        Assert.Contains("ALTER TABLE \"customers\" RENAME TO \"clients\"", up.Output);
        var down = CliRun.Of("diff", a.Path, b.Path, "--dialect", "postgresql", "--down");
        Assert.Contains("ALTER TABLE \"clients\" RENAME TO \"customers\"", down.Output);
        Assert.Contains("MG006", up.Error);
    }

    [Fact]
    public void Refuses_lossy_steps_until_allowed()
    {
        using var a = new TempDesignFile(DesignFile.Serialize(V1));
        using var b = new TempDesignFile(DesignFile.Serialize(Dropped));
        var refused = CliRun.Of("diff", a.Path, b.Path, "--dialect", "postgresql");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("MIG001", refused.Error);
        Assert.Equal("", refused.Output);
        var allowed = CliRun.Of("diff", a.Path, b.Path, "--dialect", "postgresql", "--allow-data-loss");
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("DROP COLUMN \"note\"", allowed.Output);
    }

    [Fact]
    public void Json_lists_steps_with_their_statements()
    {
        using var a = new TempDesignFile(DesignFile.Serialize(V1));
        using var b = new TempDesignFile(DesignFile.Serialize(Renamed));
        var run = CliRun.Of("diff", a.Path, b.Path, "--dialect", "sqlite", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Output);
        var step = doc.RootElement.GetProperty("steps")[0];
        Assert.Equal("RenameTable", step.GetProperty("kind").GetString());
        Assert.Equal("ALTER TABLE \"clients\" RENAME TO \"customers\"", step.GetProperty("down")[0].GetString());
    }

    [Fact]
    public void Writes_flyway_files_into_the_output_folder()
    {
        using var a = new TempDesignFile(DesignFile.Serialize(V1));
        using var b = new TempDesignFile(DesignFile.Serialize(Renamed));
        var dir = Path.Combine(Path.GetTempPath(), "designstudio-diff-" + Guid.NewGuid().ToString("N"));
        try
        {
            var run = CliRun.Of("diff", a.Path, b.Path, "--dialect", "mariadb", "--format", "flyway", "-o", dir);
            Assert.Equal(0, run.ExitCode);
            Assert.Equal(["U1__design.sql", "V1__design.sql"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Contains("RENAME TABLE `customers` TO `clients`", File.ReadAllText(Path.Combine(dir, "V1__design.sql")));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}

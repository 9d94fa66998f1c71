using System.Text.Json;
using DesignStudio.Core.Model;
using DesignStudio.Core.Serialization;

namespace DesignStudio.Cli.Tests.Commands;

public class LintCommandTests
{
    /// <summary>posts: float money (LN007), text index without prefix (LN010 on MySQL), no ON DELETE (LN013); log: no key (LN001).</summary>
    private static string Sample(params LintSuppression[] suppressions)
    {
        var design = new Design
        {
            LintSuppressions = suppressions.ToValueList(),
            Tables =
            [
                new Table
                {
                    Id = "t_users", Name = "users",
                    Columns = [new Column { Id = "u_id", Name = "id", Type = LogicalType.Int64, Nullable = false }],
                    PrimaryKey = new PrimaryKey { Id = "pk_users", ColumnIds = ["u_id"] },
                },
                new Table
                {
                    Id = "t_posts", Name = "posts",
                    Columns =
                    [
                        new Column { Id = "p_id", Name = "id", Type = LogicalType.Int64, Nullable = false },
                        new Column { Id = "p_user", Name = "user_id", Type = LogicalType.Int64, Nullable = false },
                        new Column { Id = "p_price", Name = "price", Type = LogicalType.Of(TypeKind.Float64) },
                        new Column { Id = "p_slug", Name = "slug", Type = LogicalType.Text },
                    ],
                    PrimaryKey = new PrimaryKey { Id = "pk_posts", ColumnIds = ["p_id"] },
                    ForeignKeys = [new ForeignKey { Id = "fk_posts_user", Name = "fk_posts_user_id", ColumnIds = ["p_user"], TargetTableId = "t_users", TargetColumnIds = ["u_id"] }],
                    Indexes =
                    [
                        new Core.Model.Index { Id = "ix1", Name = "ix_posts_user_id", Parts = [IndexPart.OfColumn("p_user")] },
                        new Core.Model.Index { Id = "ix2", Name = "ix_posts_slug", Parts = [IndexPart.OfColumn("p_slug")] },
                    ],
                },
                new Table { Id = "t_log", Name = "logs", Columns = [new Column { Id = "l_msg", Name = "message", Type = LogicalType.Text }] },
            ],
        };
        return DesignFile.Serialize(design);
    }

    [Fact]
    public void Lists_findings_with_quick_fixes_and_a_summary()
    {
        using var file = new TempDesignFile(Sample());
        var run = CliRun.Of("lint", file.Path);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("warning LN007: tables/posts/columns/price: ", run.Output);
        Assert.Contains("    quick fix: Change posts.price to decimal(19,4)", run.Output);
        Assert.Contains("warning LN001: tables/logs: ", run.Output);
        Assert.Contains("info LN013: tables/posts/foreign-keys/fk_posts_user_id: ", run.Output);
        Assert.DoesNotContain("LN010", run.Output);
        Assert.Contains("0 error(s), 2 warning(s), 1 info; 0 suppressed", run.Output);
    }

    [Fact]
    public void Dialect_adds_its_rules_and_errors_exit_one()
    {
        using var file = new TempDesignFile(Sample());
        var run = CliRun.Of("lint", file.Path, "--dialect", "mysql");
        Assert.Equal(ExitCodes.ProblemsFound, run.ExitCode);
        Assert.Contains("error LN010: tables/posts/indexes/ix_posts_slug: ", run.Output);
    }

    [Fact]
    public void Json_report_is_parsable_and_carries_ids_and_fixes()
    {
        using var file = new TempDesignFile(Sample());
        var run = CliRun.Of("lint", file.Path, "--json", "--disable", "LN001", "ln013");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("LN007", finding.GetProperty("code").GetString());
        Assert.Equal("p_price", finding.GetProperty("objectId").GetString());
        Assert.Equal("t_posts", finding.GetProperty("tableId").GetString());
        Assert.Equal("Floating-point type for money", finding.GetProperty("rule").GetString());
        Assert.Equal("Change posts.price to decimal(19,4)", finding.GetProperty("quickFix").GetString());
    }

    [Fact]
    public void Unknown_rule_code_or_unreadable_file_exit_two()
    {
        using var file = new TempDesignFile(Sample());
        var unknown = CliRun.Of("lint", file.Path, "--disable", "LN999");
        Assert.Equal(ExitCodes.UsageOrUnreadableInput, unknown.ExitCode);
        Assert.Contains("LN999", unknown.Error);
        var missing = CliRun.Of("lint", file.Path + ".missing");
        Assert.Equal(ExitCodes.UsageOrUnreadableInput, missing.ExitCode);
    }

    [Fact]
    public void Suppressions_stored_in_the_design_file_are_honoured_and_listed_with_their_reason()
    {
        var suppression = new LintSuppression { Code = "LN007", ObjectId = "p_price", Reason = "Prices are display estimates." };
        using var file = new TempDesignFile(Sample(suppression));
        var text = CliRun.Of("lint", file.Path);
        Assert.DoesNotContain("LN007", text.Output);
        Assert.Contains("1 suppressed", text.Output);
        using var json = JsonDocument.Parse(CliRun.Of("lint", file.Path, "--json").Output);
        var suppressed = Assert.Single(json.RootElement.GetProperty("suppressed").EnumerateArray());
        Assert.Equal("Prices are display estimates.", suppressed.GetProperty("reason").GetString());
        Assert.DoesNotContain(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "LN007");
    }
}

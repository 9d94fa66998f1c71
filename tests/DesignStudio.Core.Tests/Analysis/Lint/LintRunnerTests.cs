using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class LintRunnerTests
{
    /// <summary>A design that trips LN001 (no key), LN007 (float money), LN008 (timestamp) and LN013 (no ON DELETE).</summary>
    private static Design Sample() => DesignOf(
        Users(),
        new TableBuilder("payments").Column("user_id", LogicalType.Int64).Column("amount", LogicalType.Of(TypeKind.Float64))
            .Column("paid_at", LogicalType.Of(TypeKind.Timestamp)).ForeignKey("user_id", "users", onDelete: null)
            .Index("ix_payments_user_id", "user_id"));

    private static string[] Codes(LintReport r) => r.Findings.Select(f => f.Code).ToArray();

    [Fact]
    public void Every_rule_has_a_unique_stable_code_and_an_explanation()
    {
        var codes = LintRules.All.Select(r => r.Code).ToArray();
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(LintRules.All, r =>
        {
            Assert.Matches(@"^LN\d{3}$", r.Code);
            Assert.False(string.IsNullOrWhiteSpace(r.Title));
            Assert.False(string.IsNullOrWhiteSpace(r.Rationale));
            Assert.False(string.IsNullOrWhiteSpace(r.Remedy));
        });
        Assert.Equal(21, codes.Length);
    }

    [Fact]
    public void Portable_lint_skips_dialect_specific_rules()
    {
        Assert.Equal(["LN001", "LN007", "LN013"], Codes(new LintRunner().Run(Sample())));
    }

    [Fact]
    public void Target_dialect_adds_its_rules()
    {
        var report = new LintRunner().Run(Sample(), new LintOptions { Dialect = DialectNames.PostgreSql });
        Assert.Equal(["LN001", "LN007", "LN008", "LN013"], Codes(report));
    }

    [Fact]
    public void Disabled_rules_do_not_run_whatever_the_case_of_the_code()
    {
        var options = new LintOptions { DisabledRules = new HashSet<string> { "ln007", "LN013" } };
        Assert.Equal(["LN001"], Codes(new LintRunner().Run(Sample(), options)));
    }

    [Fact]
    public void Minimum_severity_drops_lesser_findings()
    {
        var report = new LintRunner().Run(Sample(), new LintOptions { MinimumSeverity = Severity.Warning });
        Assert.Equal(["LN001", "LN007"], Codes(report));
    }

    [Fact]
    public void Findings_are_ordered_by_table_then_code_and_carry_table_ids_for_badges()
    {
        var design = Sample() with { Tables = [Sample().Tables[1], Sample().Tables[0] with { PrimaryKey = null }] };
        var report = new LintRunner().Run(design);
        Assert.Equal(["tbl_payments", "tbl_payments", "tbl_payments", "tbl_users"], report.Findings.Select(f => f.TableId));
        Assert.Equal(3, report.ForTable("tbl_payments").Count());
        Assert.Equal(3, report.Count(Severity.Warning));
    }

    [Fact]
    public void Clean_design_has_no_findings()
    {
        var posts = new TableBuilder("posts").Column("id", LogicalType.Int64).Column("user_id", LogicalType.Int64)
            .Column("title", LogicalType.Varchar(200)).Column("created_at", LogicalType.TimestampTz).Key("id")
            .ForeignKey("user_id", "users", ReferentialAction.Cascade).Index("ix_posts_user_id_created_at", "user_id", "created_at desc");
        var report = new LintRunner().Run(DesignOf(Users(), posts), new LintOptions { Dialect = DialectNames.PostgreSql });
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Finding_converts_to_a_diagnostic()
    {
        var f = new LintRunner().Run(Sample()).Findings.First(x => x.Code == "LN007");
        Assert.Equal("warning LN007 tables/payments/columns/amount: " + f.Message, f.ToDiagnostic().ToString());
    }
}

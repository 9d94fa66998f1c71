using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Model;
using static DesignStudio.Core.Tests.Analysis.Lint.LintTestSupport;

namespace DesignStudio.Core.Tests.Analysis.Lint;

public class LintSuppressionTests
{
    private static Design Sample(params LintSuppression[] suppressions) => DesignOf(
        Users(),
        new TableBuilder("payments").Column("id", LogicalType.Int64).Column("amount", LogicalType.Of(TypeKind.Float64))
            .Column("fee", LogicalType.Of(TypeKind.Float64)).Key("id")) with { LintSuppressions = suppressions.ToValueList() };

    [Fact]
    public void Suppression_silences_one_rule_for_one_object_and_keeps_its_reason()
    {
        var s = new LintSuppression { Code = "LN007", ObjectId = "col_payments_amount", Reason = "Amounts are estimates, never summed." };
        var report = new LintRunner().Run(Sample(s));
        Assert.Equal(["col_payments_fee"], report.Findings.Where(f => f.Code == "LN007").Select(f => f.ObjectId));
        var suppressed = Assert.Single(report.Suppressed);
        Assert.Equal("col_payments_amount", suppressed.Finding.ObjectId);
        Assert.Equal("Amounts are estimates, never summed.", suppressed.Suppression.Reason);
        Assert.Empty(report.UnusedSuppressions);
    }

    [Fact]
    public void Suppression_on_a_table_covers_that_rule_for_all_its_objects()
    {
        var s = new LintSuppression { Code = "ln007", ObjectId = "tbl_payments", Reason = "Legacy import, replaced next quarter." };
        var report = new LintRunner().Run(Sample(s));
        Assert.DoesNotContain(report.Findings, f => f.Code == "LN007");
        Assert.Equal(2, report.Suppressed.Count);
    }

    [Fact]
    public void Suppression_of_another_rule_or_object_changes_nothing_and_is_reported_unused()
    {
        var wrongCode = new LintSuppression { Code = "LN001", ObjectId = "col_payments_amount", Reason = "x" };
        var wrongObject = new LintSuppression { Code = "LN007", ObjectId = "col_users_email", Reason = "y" };
        var report = new LintRunner().Run(Sample(wrongCode, wrongObject));
        Assert.Equal(2, report.Findings.Count(f => f.Code == "LN007"));
        Assert.Empty(report.Suppressed);
        Assert.Equal([wrongCode, wrongObject], report.UnusedSuppressions);
    }

    [Fact]
    public void Suppression_without_a_reason_is_not_honoured_and_is_diagnosed()
    {
        var s = new LintSuppression { Code = "LN007", ObjectId = "col_payments_amount", Reason = "  " };
        var report = new LintRunner().Run(Sample(s));
        Assert.Equal(2, report.Findings.Count(f => f.Code == "LN007"));
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(LintRunner.SuppressionWithoutReasonCode, d.Code);
    }

    [Fact]
    public void Suppressions_survive_renames_because_they_name_ids()
    {
        var s = new LintSuppression { Code = "LN007", ObjectId = "col_payments_amount", Reason = "Estimates." };
        var renamed = Sample(s) with
        {
            Tables = Sample().Tables.Replace(t => t.Id == "tbl_payments",
                t => t with { Columns = t.Columns.Replace(c => c.Id == "col_payments_amount", c => c with { Name = "gross_amount" }) }),
        };
        Assert.Single(new LintRunner().Run(renamed).Suppressed);
    }

    [Fact]
    public void Suppression_of_a_finding_hidden_by_the_severity_filter_still_counts_as_used()
    {
        var s = new LintSuppression { Code = "LN013", ObjectId = "fk_posts_user_id", Reason = "Deletes never happen." };
        var posts = new TableBuilder("posts").Column("id", LogicalType.Int64).Column("user_id", LogicalType.Int64).Key("id")
            .ForeignKey("user_id", "users", onDelete: null).Index("ix_posts_user_id", "user_id");
        var design = DesignOf(Users(), posts) with { LintSuppressions = [s] };
        var report = new LintRunner().Run(design, new LintOptions { MinimumSeverity = Diagnostics.Severity.Warning });
        Assert.Empty(report.Suppressed);
        Assert.Empty(report.UnusedSuppressions);
        Assert.Single(new LintRunner().Run(design).Suppressed);
    }
}

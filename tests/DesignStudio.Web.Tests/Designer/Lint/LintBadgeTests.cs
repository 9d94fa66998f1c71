using Bunit;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Web.Canvas;
using DesignStudio.Web.Components.Pages.Designer.Lint;

namespace DesignStudio.Web.Tests.Designer.Lint;

public class LintBadgeTests : StudioTestContext
{
    [Fact]
    public void Nodes_show_their_lint_warning_count_and_it_follows_edits()
    {
        var design = new Design
        {
            Tables =
            [
                new Table { Id = "tbl_a", Name = "audit", Columns = [new Column { Id = "col_a", Name = "price", Type = LogicalType.Of(TypeKind.Float64) }] },
                new Table
                {
                    Id = "tbl_ok", Name = "users", Columns = [new Column { Id = "col_id", Name = "id", Type = LogicalType.Int64, Nullable = false }],
                    PrimaryKey = new PrimaryKey { Id = "pk", ColumnIds = ["col_id"] },
                },
            ],
        };
        var expected = LintView.Report(design).ForTable("tbl_a").Count(f => f.Severity >= Core.Diagnostics.Severity.Warning);
        Assert.True(expected > 0);
        var cut = Render<DesignCanvas>(p => p.Add(c => c.Design, design).Add(c => c.LintBadges, LintView.Badges(design)));
        cut.WaitForAssertion(() => Assert.Equal($"{expected} lint warnings in audit", cut.Find(".ds-node-lint").GetAttribute("aria-label")));
        Assert.Single(cut.FindAll(".ds-node-lint"));

        var suppressed = design with { LintSuppressions = [.. LintView.Report(design).ForTable("tbl_a").Select(f => new LintSuppression { Code = f.Code, ObjectId = f.ObjectId, Reason = "legacy" })] };
        cut.Render(p => p.Add(c => c.Design, suppressed).Add(c => c.LintBadges, LintView.Badges(suppressed)));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".ds-node-lint")));
    }
}

using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Web.Services.Reviews;
using DesignStudio.Web.Tests.Versions;

namespace DesignStudio.Web.Tests.Reviews;

public class ReviewFindingsTests
{
    [Fact]
    public void Findings_missing_from_the_base_are_new_and_findings_gone_since_are_counted_as_resolved()
    {
        var forward = ReviewFindings.Build(DesignDiffViewTests.V1, DesignDiffViewTests.V2);
        var orders = Assert.Single(forward.Lint, l => l.Finding.Code == "LN001" && l.Finding.ObjectId == "tbl_orders");
        Assert.True(orders.IsNew);
        Assert.Equal(forward.Lint.Count(l => l.IsNew), forward.NewLint);
        Assert.True(forward.Lint.Take(forward.NewLint).All(l => l.IsNew)); // new ones come first
        Assert.True(Assert.Single(forward.Forms, f => f.TableId == "tbl_orders").IsNew);
        // The renamed table keeps its id: its findings and form are not "new".
        Assert.False(Assert.Single(forward.Forms, f => f.TableId == "tbl_tags").IsNew);
        Assert.DoesNotContain(forward.Lint, l => l.IsNew && l.Finding.ObjectId == "tbl_tags");

        var backward = ReviewFindings.Build(DesignDiffViewTests.V2, DesignDiffViewTests.V1);
        Assert.DoesNotContain(backward.Lint, l => l.Finding.ObjectId == "tbl_orders");
        Assert.True(backward.ResolvedLint >= 1);
        Assert.Equal(0, ReviewFindings.Build(DesignDiffViewTests.V2, DesignDiffViewTests.V2).NewLint);
    }

    [Fact]
    public void A_table_reaching_a_lower_normal_form_than_in_the_base_is_flagged()
    {
        Assert.True(new ReviewTableForm("t", "t", NormalForm.Second, NormalForm.BoyceCodd).IsWorse);
        Assert.False(new ReviewTableForm("t", "t", NormalForm.BoyceCodd, NormalForm.Second).IsWorse);
        Assert.False(new ReviewTableForm("t", "t", NormalForm.Second, null).IsWorse);
    }
}

using DesignStudio.Core.Analysis.Lint;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using static DesignStudio.Core.Tests.Operations.OperationAssert;

namespace DesignStudio.Core.Tests.Operations;

public class LintAndWorkloadOperationTests
{
    private readonly Design blog = SampleDesigns.Blog();

    private static LintSuppression Suppression(string reason = "lookup table, never joined") =>
        new() { Code = "LN002", ObjectId = "tbl_posts", Reason = reason };

    private static WorkloadEntry Query(string id = "q1", double frequency = 10) =>
        new() { Id = id, Sql = "SELECT * FROM posts WHERE user_id = $1", Frequency = frequency, Dialect = "postgres" };

    [Fact]
    public void Add_suppression_stores_it_and_inverts()
    {
        var next = AppliesAndInverts(blog, new AddLintSuppression(Suppression()));
        Assert.Equal(Suppression(), Assert.Single(next.LintSuppressions));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Add_suppression_without_reason_is_refused(string reason) =>
        Refused(blog, new AddLintSuppression(Suppression(reason)), OperationDiagnostics.InvalidValue);

    [Fact]
    public void Add_suppression_twice_for_the_same_rule_and_object_is_refused()
    {
        var once = new AddLintSuppression(Suppression()).Apply(blog).Design!;
        Refused(once, new AddLintSuppression(Suppression() with { Code = "ln002" }), OperationDiagnostics.DuplicateId);
    }

    [Fact]
    public void Remove_suppression_restores_it_at_its_place_on_undo()
    {
        var design = blog with { LintSuppressions = [Suppression() with { Code = "LN001" }, Suppression(), Suppression() with { Code = "LN013" }] };
        var next = AppliesAndInverts(design, new RemoveLintSuppression("LN002", "tbl_posts"));
        Assert.Equal(["LN001", "LN013"], next.LintSuppressions.Select(s => s.Code));
    }

    [Fact]
    public void Remove_missing_suppression_is_refused() =>
        Refused(blog, new RemoveLintSuppression("LN002", "tbl_posts"), OperationDiagnostics.ObjectNotFound);

    [Fact]
    public void Workload_queries_are_added_updated_and_removed_with_inverses()
    {
        var added = AppliesAndInverts(blog, new AddWorkloadQuery(Query()));
        var updated = AppliesAndInverts(added, new UpdateWorkloadQuery(Query(frequency: 250) with { Name = "feed" }));
        Assert.Equal(250, updated.Workload[0].Frequency);
        var removed = AppliesAndInverts(updated, new RemoveWorkloadQuery("q1"));
        Assert.Empty(removed.Workload);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Workload_query_with_non_positive_frequency_is_refused(double frequency) =>
        Refused(blog, new AddWorkloadQuery(Query(frequency: frequency)), OperationDiagnostics.InvalidValue);

    [Fact]
    public void Workload_query_with_blank_text_is_refused() =>
        Refused(blog, new AddWorkloadQuery(Query() with { Sql = " " }), OperationDiagnostics.InvalidValue);

    [Fact]
    public void Workload_query_with_taken_id_is_refused() =>
        Refused(new AddWorkloadQuery(Query()).Apply(blog).Design!, new AddWorkloadQuery(Query()), OperationDiagnostics.DuplicateId);

    [Fact]
    public void Naming_conventions_are_set_and_cleared_with_inverses()
    {
        var conventions = new NamingConventions { Case = IdentifierCase.PascalCase, RequirePrefixes = false };
        var set = AppliesAndInverts(blog, new SetNamingConventions(conventions));
        Assert.Equal(conventions, set.NamingConventions);
        Assert.Null(AppliesAndInverts(set, new SetNamingConventions(null)).NamingConventions);
    }

    [Fact]
    public void Row_estimate_is_set_and_inverted()
    {
        var next = AppliesAndInverts(blog, new SetTableRowEstimate("tbl_posts", 2_000_000));
        Assert.Equal(2_000_000, next.GetTable("tbl_posts").RowEstimate);
    }

    [Fact]
    public void Negative_row_estimate_is_refused() =>
        Refused(blog, new SetTableRowEstimate("tbl_posts", -5), OperationDiagnostics.InvalidValue);

    [Fact]
    public void Replace_table_keeps_its_id_and_inverts()
    {
        var posts = blog.GetTable("tbl_posts");
        var next = AppliesAndInverts(blog, new ReplaceTable(posts with { Comment = "Articles", RowEstimate = 5 }));
        Assert.Equal("Articles", next.GetTable("tbl_posts").Comment);
    }

    [Fact]
    public void Replace_table_with_a_taken_name_is_refused() =>
        Refused(blog, new ReplaceTable(blog.GetTable("tbl_posts") with { Name = "users" }), OperationDiagnostics.DuplicateName);

    [Fact]
    public void Replace_missing_table_is_refused() =>
        Refused(blog, new ReplaceTable(blog.GetTable("tbl_posts") with { Id = "tbl_nope", Name = "nope" }), OperationDiagnostics.TableNotFound);
}

using DesignStudio.Core.Analysis.NormalForms;

namespace DesignStudio.Core.Tests.Analysis.NormalForms;

public class RelationTextParserTests
{
    private static (RelationSchema?, IReadOnlyList<Core.Diagnostics.Diagnostic>) Parse(string relation, params string[] fds) =>
        RelationTextParser.Parse(relation, fds.Select((f, i) => (f, "--fd", i + 1)));

    [Fact]
    public void Accepts_commas_spaces_unicode_arrows_and_quoted_names()
    {
        var (r, d) = Parse("Emp ( id, \"first name\", dept, dept_name )", "id -> \"first name\" dept", "dept→dept_name", "-> id");
        Assert.Empty(d);
        Assert.Equal("Emp", r!.Name);
        Assert.Equal(["id", "first name", "dept", "dept_name"], r.Attributes);
        Assert.Equal(["id->dept,first name", "dept->dept_name", "->id"], r.Dependencies.Select(r.Format));
    }

    [Theory]
    [InlineData("R(A,B", 6, "expected ',' or ')'")]
    [InlineData("R A,B)", 3, "expected '('")]
    [InlineData("R(A,,B)", 5, "expected an attribute name")]
    [InlineData("R(A,B) x", 8, "unexpected text")]
    [InlineData("", 1, "expected a relation name")]
    public void Malformed_relation_is_reported_with_its_column(string text, int column, string message)
    {
        var (r, d) = Parse(text);
        Assert.Null(r);
        var diagnostic = Assert.Single(d);
        Assert.Equal(RelationTextParser.MalformedRelation, diagnostic.Code);
        Assert.Equal(column, diagnostic.Position!.Value.Column);
        Assert.Contains(message, diagnostic.Message);
    }

    [Fact]
    public void Duplicate_attribute_is_reported()
    {
        var (_, d) = Parse("R(A,B,A)");
        Assert.Equal(RelationTextParser.DuplicateAttribute, Assert.Single(d).Code);
    }

    [Theory]
    [InlineData("A,B C", RelationTextParser.MalformedDependency, 6)]
    [InlineData("A->", RelationTextParser.MalformedDependency, 4)]
    [InlineData("A->B->C", RelationTextParser.MalformedDependency, 5)]
    [InlineData("A,X->B", RelationTextParser.UnknownAttribute, 3)]
    [InlineData("A,->B", RelationTextParser.MalformedDependency, 3)]
    public void Malformed_dependency_is_reported_with_its_position(string fd, string code, int column)
    {
        var (r, d) = Parse("R(A,B,C)", "A->B", fd);
        Assert.Null(r);
        var diagnostic = Assert.Single(d);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(new Core.Diagnostics.SourcePosition(2, column), diagnostic.Position);
    }
}

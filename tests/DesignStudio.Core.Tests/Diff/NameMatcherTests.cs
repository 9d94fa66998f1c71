using DesignStudio.Core.Dialects;
using DesignStudio.Core.Diff;
using DesignStudio.Core.Tests.Fixtures;
using DesignStudio.Core.Tests.Support;

namespace DesignStudio.Core.Tests.Diff;

public class NameMatcherTests
{
    [Fact]
    public void Separately_imported_identical_schemas_align_to_no_changes()
    {
        var old = TestDesigns.Blog();
        var reimported = DesignIdNormalizer.Normalize(TestDesigns.Blog());
        Assert.NotEqual(old.Tables[0].Id, reimported.Tables[0].Id);
        Assert.Empty(NameMatcher.Match(old, reimported));
        Assert.Empty(SchemaDiffer.Diff(old, NameMatcher.Align(old, reimported)).Changes);
    }

    [Fact]
    public void Renamed_column_is_a_candidate_and_a_rename_once_confirmed()
    {
        var (v1, v2) = TestDesigns.MigrationPair("renames", DialectNames.PostgreSql);
        var imported = DesignIdNormalizer.Normalize(v2);
        var candidates = NameMatcher.Match(v1, imported);
        var column = Assert.Single(candidates, c => c.Kind == RenameKind.Column);
        Assert.Equal(("display_name", "nickname"), (column.OldName, column.NewName));
        var table = Assert.Single(candidates, c => c.Kind == RenameKind.Table);
        Assert.Equal(("tags", "labels"), (table.OldName, table.NewName));

        var unconfirmed = SchemaDiffer.Diff(v1, NameMatcher.Align(v1, imported)).Changes;
        Assert.Contains(unconfirmed, c => c is DropColumn { Column.Name: "display_name" });
        Assert.Contains(unconfirmed, c => c is DropTable { Table.Name: "tags" });

        var confirmed = new ConfirmedRenames().Confirm(column).Confirm(table);
        var changes = SchemaDiffer.Diff(v1, NameMatcher.Align(v1, imported, confirmed)).Changes;
        Assert.Contains(changes, c => c is RenameColumn { FromColumn.Name: "display_name", ToColumn.Name: "nickname" });
        Assert.Contains(changes, c => c is RenameTable { From.Name: "tags", To.Name: "labels" });
        Assert.DoesNotContain(changes, c => c is DropColumn or DropTable or AddTable or AddColumn);
    }

    [Fact]
    public void Candidates_say_why_they_look_alike()
    {
        var (v1, v2) = TestDesigns.MigrationPair("renames", DialectNames.PostgreSql);
        var candidates = NameMatcher.Match(v1, DesignIdNormalizer.Normalize(v2));
        var column = Assert.Single(candidates, c => c.Kind == RenameKind.Column);
        Assert.Contains("same type", column.Reason);
        Assert.Contains("alike", column.Reason);
        Assert.NotNull(column.TableName);
        var table = Assert.Single(candidates, c => c.Kind == RenameKind.Table);
        Assert.Contains("columns", table.Reason);
        Assert.InRange(table.Similarity, 0.7, 1.0);
        Assert.Equal(RenameKind.Table, candidates[0].Kind);
    }

    [Fact]
    public void Table_sharing_most_columns_under_another_name_is_a_candidate()
    {
        var old = Import("CREATE TABLE customer (id integer PRIMARY KEY, name text, email text, phone text, city text);");
        var @new = Import("CREATE TABLE client (id integer PRIMARY KEY, name text, email text, phone text, country text);");
        var candidate = Assert.Single(NameMatcher.Match(old, @new), c => c.Kind == RenameKind.Table);
        Assert.Equal(("customer", "client"), (candidate.OldName, candidate.NewName));
        Assert.StartsWith("4 of 5 columns", candidate.Reason);
    }

    [Fact]
    public void Tables_sharing_few_columns_are_not_candidates()
    {
        var old = Import("CREATE TABLE customer (id integer PRIMARY KEY, name text, email text, phone text);");
        var @new = Import("CREATE TABLE invoice (id integer PRIMARY KEY, total numeric(10,2), due date, paid boolean);");
        Assert.DoesNotContain(NameMatcher.Match(old, @new), c => c.Kind == RenameKind.Table);
    }

    [Theory]
    [InlineData("name", "name", 1.0)]
    [InlineData("Name", "nAME", 1.0)]
    [InlineData("abcd", "abce", 0.75)]
    [InlineData("", "", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void Name_similarity_is_one_minus_edit_distance_over_length(string a, string b, double expected) =>
        Assert.Equal(expected, NameSimilarity.Of(a, b), 3);

    private static DesignStudio.Core.Model.Design Import(string sql) =>
        DesignStudio.Core.Import.SqlDdlImporter.Import(sql, DialectNames.PostgreSql).Design;
}

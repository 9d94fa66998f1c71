using DesignStudio.Core.Dialects;
using DesignStudio.Core.Diff;
using DesignStudio.Core.Migrations;
using DesignStudio.Web.Services.SchemaCompare;

namespace DesignStudio.Web.Tests.Compare;

public class SchemaComparisonTests
{
    private static SchemaComparison Start() => SchemaComparison.Start(
        SchemaImport.Read("Old schema", SchemaFixtures.Old, DialectNames.PostgreSql).Design!,
        SchemaImport.Read("New schema", SchemaFixtures.New, DialectNames.PostgreSql).Design!);

    private static string Up(SchemaComparison c) =>
        MigrationPlanner.Plan(c.Pair.From, c.Pair.To, DialectNames.PostgreSql, new MigrationOptions { AllowDataLoss = true }).UpText();

    [Fact]
    public void Offers_table_and_column_candidates_all_open()
    {
        var comparison = Start();
        // Tables first, then columns best first.
        Assert.Equal(["customer→client", "customer_id→client_id", "note→remark"], comparison.Candidates.Select(c => c.OldName + "→" + c.NewName));
        Assert.All(comparison.Candidates, c => Assert.Null(comparison.DecisionOn(c)));
        Assert.Contains("DROP TABLE \"customer\"", Up(comparison));
    }

    [Fact]
    public void Confirmed_renames_become_renames_in_the_diff_and_the_script()
    {
        var comparison = Start();
        foreach (var c in comparison.Candidates.Where(c => c.NewName is "client" or "client_id")) comparison = comparison.Decide(c, true);

        Assert.Contains(comparison.View.Entries, e => e.Text.Contains("rename", StringComparison.OrdinalIgnoreCase) && e.Text.Contains("client", StringComparison.Ordinal));
        var up = Up(comparison);
        Assert.Contains("ALTER TABLE \"customer\" RENAME TO \"client\"", up);
        Assert.Contains("RENAME COLUMN \"customer_id\" TO \"client_id\"", up);
        Assert.DoesNotContain("DROP TABLE", up);
        Assert.Contains("DROP COLUMN \"note\"", up); // the open candidate stays a drop and an add
    }

    [Fact]
    public void Rejecting_or_reopening_a_confirmed_rename_makes_it_a_drop_and_create_again()
    {
        var start = Start();
        var table = start.Candidates.Single(c => c.Kind == RenameKind.Table);
        var confirmed = start.Decide(table, true);
        Assert.True(confirmed.DecisionOn(table));
        var rejected = confirmed.Decide(table, false);
        Assert.False(rejected.DecisionOn(table));
        Assert.Contains("DROP TABLE \"customer\"", Up(rejected));
        Assert.Null(rejected.Decide(table, null).DecisionOn(table));
    }

    [Fact]
    public void A_candidate_conflicting_with_a_confirmed_one_cannot_be_confirmed()
    {
        var old = SchemaImport.Read("Old schema", "CREATE TABLE t (id integer PRIMARY KEY, a text, b text);", DialectNames.PostgreSql).Design!;
        var @new = SchemaImport.Read("New schema", "CREATE TABLE t (id integer PRIMARY KEY, c text);", DialectNames.PostgreSql).Design!;
        var comparison = SchemaComparison.Start(old, @new);
        Assert.Equal(2, comparison.Candidates.Count); // a→c and b→c
        var first = comparison.Decide(comparison.Candidates[0], true);
        var other = comparison.Candidates[1];
        Assert.Equal(comparison.Candidates[0], first.ConflictOf(other));
        Assert.Same(first, first.Decide(other, true));
    }

    [Fact]
    public void Import_errors_carry_the_side_and_line_and_column()
    {
        var import = SchemaImport.Read("New schema", "CREATE TABLE ok (id integer);\nCREATE TABLE broken (id integer,, x);", DialectNames.PostgreSql);
        Assert.Null(import.Design);
        var error = Assert.Single(import.Errors);
        Assert.StartsWith("New schema, line 2:", import.Describe(error));
        Assert.Equal(SchemaImport.InvalidInputCode, Assert.Single(SchemaImport.Read("Old schema", " ", DialectNames.Sqlite).Errors).Code);
    }
}

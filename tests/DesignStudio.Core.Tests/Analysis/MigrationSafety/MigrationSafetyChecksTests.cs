using DesignStudio.Core.Analysis.MigrationSafety;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Migrations;
using DesignStudio.Core.Model;
using DesignStudio.Core.Tests.Fixtures;

namespace DesignStudio.Core.Tests.Analysis.MigrationSafety;

public class MigrationSafetyChecksTests
{
    private static IReadOnlyList<string> Codes(Design v1, Design v2, string dialect = DialectNames.PostgreSql, bool safe = false)
    {
        var options = new MigrationOptions { AllowDataLoss = true, Safe = safe };
        var plan = MigrationPlanner.Plan(v1, v2, dialect, options);
        return MigrationSafetyAnalyzer.Analyze(plan, v1, options).Select(d => d.Code).ToList();
    }

    private static IReadOnlyList<string> Codes(string pair, string dialect = DialectNames.PostgreSql, bool safe = false)
    {
        var (v1, v2) = TestDesigns.MigrationPair(pair, dialect);
        return Codes(v1, v2, dialect, safe);
    }

    [Fact]
    public void Checks_have_distinct_stable_codes_and_explanations()
    {
        Assert.Equal(["MG001", "MG002", "MG003", "MG004", "MG005", "MG006", "MG007"], MigrationSafetyAnalyzer.Checks.Select(c => c.Code));
        Assert.All(MigrationSafetyAnalyzer.Checks, c => Assert.False(string.IsNullOrWhiteSpace(c.Explanation + c.Fix + c.Title) || c.Fix.Length == 0));
    }

    [Fact]
    public void MG001_reports_plain_index_creation_and_not_the_concurrent_one()
    {
        Assert.Contains("MG001", Codes("indexes"));
        Assert.DoesNotContain("MG001", Codes("indexes", safe: true));
    }

    [Fact]
    public void MG002_reports_not_null_column_without_default_on_existing_table()
    {
        var v1 = TestDesigns.Blog();
        var v2 = TestDesigns.Edit(v1, "tags", t => t with { Columns = [.. t.Columns, TestDesigns.Col("tags", "slug", LogicalType.Text, nullable: false)] });
        Assert.Contains("MG002", Codes(v1, v2));
        var withDefault = TestDesigns.Edit(v1, "tags", t => t with { Columns = [.. t.Columns, TestDesigns.Col("tags", "slug", LogicalType.Text, false, ColumnDefault.Literal("x"))] });
        Assert.DoesNotContain("MG002", Codes(v1, withDefault));
    }

    [Fact]
    public void MG003_reports_rewriting_type_changes_and_rebuilds_but_not_widening_varchar()
    {
        Assert.DoesNotContain("MG003", Codes("column_changes"));
        var v1 = TestDesigns.Blog();
        var v2 = TestDesigns.Edit(v1, "tags", t => t with { Columns = t.Columns.Replace(c => c.Name == "name", c => c with { Type = LogicalType.Char(100) }) });
        Assert.Contains("MG003", Codes(v1, v2));
        Assert.Contains("MG003", Codes("keys", DialectNames.Sqlite));
    }

    [Fact]
    public void MG004_reports_validated_foreign_keys_and_checks_unless_not_valid()
    {
        Assert.Contains("MG004", Codes("keys"));
        Assert.DoesNotContain("MG004", Codes("keys", safe: true));
    }

    [Fact]
    public void MG005_reports_set_not_null_on_big_tables_only()
    {
        var (v1, v2) = TestDesigns.MigrationPair("lossy", DialectNames.PostgreSql);
        Assert.DoesNotContain("MG005", Codes(v1, v2));
        Design Big(Design d) => TestDesigns.Edit(d, "users", t => t with { RowEstimate = 5_000_000 });
        Assert.Contains("MG005", Codes(Big(v1), Big(v2)));
        Assert.DoesNotContain("MG005", Codes(Big(v1), Big(v2), safe: true));
    }

    [Fact]
    public void MG006_reports_one_step_drops_and_renames()
    {
        Assert.Contains("MG006", Codes("renames"));
        Assert.Contains("MG006", Codes("lossy"));
        Assert.DoesNotContain("MG006", Codes("indexes"));
    }

    [Fact]
    public void MG007_reports_unique_constraints_without_concurrent_index()
    {
        Assert.Contains("MG007", Codes("keys"));
        Assert.DoesNotContain("MG007", Codes("keys", safe: true));
    }

    [Fact]
    public void PostgreSql_only_checks_stay_silent_for_other_dialects() =>
        Assert.DoesNotContain(Codes("keys", DialectNames.MariaDb), c => c is "MG001" or "MG004" or "MG007");
}

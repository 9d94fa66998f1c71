using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Core.Analysis.NormalForms.Decompositions;
using DesignStudio.Core.Analysis.NormalForms.Tables;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Core.Serialization;
using static DesignStudio.Core.Tests.Analysis.NormalForms.TableBuilder;

namespace DesignStudio.Core.Tests.Analysis.NormalForms;

public class TableAnalysisTests
{
    private static readonly Table Customers = Table("customers", ["id"], Int("id"), Str("email"), Str("name"));

    private static readonly Table Orders = Table("orders", ["id"], Int("id"), Int("customer_id"), Str("customer_email"), Str("placed_at"))
        .WithFk(["customer_id"], Customers, ["id"]);

    [Fact]
    public void Primary_key_and_unique_constraints_imply_dependencies()
    {
        var t = Customers with
        {
            Uniques = [new UniqueConstraint { Id = "uq", ColumnIds = ["customers.email"] }],
        };
        var r = TableRelation.From(t);
        var a = NormalFormAnalyzer.Analyze(r.Relation);
        Assert.Equal(["email", "id"], a.Keys.Keys.Select(r.Relation.Format).Order(StringComparer.Ordinal));
        Assert.Equal(NormalForm.BoyceCodd, a.NormalForm);
    }

    [Fact]
    public void Copied_column_of_referenced_table_gives_a_transitive_dependency_hint()
    {
        var design = new Design { Tables = [Customers, Orders] };
        var hint = Assert.Single(DependencyHintFinder.Find(design, Orders));
        Assert.Equal(["orders.customer_id"], hint.DeterminantIds);
        Assert.Equal(["orders.customer_email"], hint.DependentIds);
        Assert.Contains("orders.customer_email copies customers.email", hint.Message);
        Assert.Equal(hint.Id, Assert.Single(DependencyHintFinder.Find(design, Orders)).Id);

        // Accepting it makes the transitive dependency visible to the analysis.
        var accepted = Orders with { FunctionalDependencies = [hint.ToDependency()] };
        var analysis = TableNormalFormAnalyzer.Analyze(design with { Tables = [Customers, accepted] }, accepted);
        Assert.Equal(NormalForm.Second, analysis.NormalForm);
        Assert.Empty(analysis.Hints);
        Assert.Equal(DependencySource.Hint, accepted.FunctionalDependencies[0].Source);
    }

    [Fact]
    public void Dismissed_hint_is_left_out_of_the_analysis_and_undo_brings_it_back()
    {
        var design = new Design { Tables = [Customers, Orders] };
        var hint = Assert.Single(TableNormalFormAnalyzer.Analyze(design, Orders).Hints);
        var dismissed = new SetDismissedHints(Orders.Id, [hint.Id]).Apply(design);
        Assert.True(dismissed.Succeeded);
        var after = dismissed.Design!;
        Assert.Empty(TableNormalFormAnalyzer.Analyze(after, after.GetTable(Orders.Id)).Hints);
        Assert.Equal([hint.Id], DesignFile.Read(DesignFile.Serialize(after)).Design!.GetTable(Orders.Id).DismissedHintIds);
        var undone = dismissed.Inverse!.Apply(after).Design!;
        Assert.Equal(hint.Id, Assert.Single(TableNormalFormAnalyzer.Analyze(undone, undone.GetTable(Orders.Id)).Hints).Id);
    }

    [Fact]
    public void Generic_audit_columns_are_not_hinted_as_copies()
    {
        var c = Table("customers", ["id"], Int("id"), Str("created_at"));
        var o = Table("orders", ["id"], Int("id"), Int("customer_id"), Str("created_at")).WithFk(["customer_id"], c, ["id"]);
        Assert.Empty(DependencyHintFinder.Find(new Design { Tables = [c, o] }, o));
    }

    [Fact]
    public void Declared_dependency_naming_a_missing_column_is_a_diagnostic()
    {
        var t = Orders with
        {
            FunctionalDependencies = [new FunctionalDependency { Id = "fd1", DeterminantIds = ["nope"], DependentIds = ["orders.placed_at"] }],
        };
        var d = Assert.Single(TableRelation.From(t).Diagnostics);
        Assert.Equal(TableRelation.UnknownColumn, d.Code);
    }

    [Fact]
    public void Design_report_rates_every_table_and_counts_forms()
    {
        var addresses = Table("addresses", ["id"], Int("id"), Str("zip"), Str("city"), Str("phone1"), Str("phone2"))
            .WithFd(["zip"], ["city"]);
        var design = new Design { Tables = [Customers, Orders, addresses] };
        var report = DesignNormalizationAnalyzer.Analyze(design);
        Assert.Equal(3, report.Tables.Count);
        var a = report.Tables.Single(t => t.TableId == addresses.Id);
        Assert.Equal(NormalForm.Unnormalized, a.NormalForm);
        Assert.Equal(NormalForm.Second, a.Analysis.NormalForm);
        Assert.NotNull(a.ThirdNormalFormProposal);
        Assert.Equal(1, report.CountByForm[NormalForm.Unnormalized]);
        Assert.Equal(2, report.CountByForm[NormalForm.BoyceCodd]);
        Assert.Equal(2, report.NeedingAttention.Count());
    }

    [Fact]
    public void Decomposition_plan_moves_zip_and_city_to_their_own_table_with_a_foreign_key()
    {
        var t = Table("addresses", ["id"], Int("id"), Str("street"), Str("zip"), Str("city")).WithFd(["zip"], ["city"]);
        var relation = TableRelation.From(t);
        var plan = DecompositionPlanner.Plan(t, relation, ThirdNormalFormSynthesizer.Synthesize(relation.Relation));

        Assert.Equal(2, plan.Tables.Count);
        var zip = plan.Tables[0];   // referenced table first
        var main = plan.Tables[1];
        Assert.Equal("addresses_zip", zip.Table.Name);
        Assert.Equal(["zip", "city"], zip.Table.Columns.Select(c => c.Name));
        Assert.False(zip.Table.Columns[0].Nullable);
        Assert.Equal("addresses", main.Table.Name);
        Assert.Equal(["id", "street", "zip"], main.Table.Columns.Select(c => c.Name));
        var fk = Assert.Single(main.Table.ForeignKeys);
        Assert.Equal(zip.Table.Id, fk.TargetTableId);
        Assert.Equal([main.ColumnMap["addresses.zip"]], fk.ColumnIds);
        Assert.Equal([zip.ColumnMap["addresses.zip"]], fk.TargetColumnIds);
        Assert.Equal("INSERT INTO \"addresses_zip\" (\"zip\", \"city\") SELECT DISTINCT \"zip\", \"city\" FROM \"addresses\" WHERE \"zip\" IS NOT NULL;", zip.InsertSql);
        Assert.Equal("INSERT INTO \"addresses\" (\"id\", \"street\", \"zip\") SELECT DISTINCT \"id\", \"street\", \"zip\" FROM \"addresses\";", main.InsertSql);
        Assert.Equal(zip.InsertSql + "\n" + main.InsertSql, plan.Script);
    }
}

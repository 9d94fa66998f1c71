using DesignStudio.Core.Analysis.NormalForms.Apply;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Core.Operations;
using DesignStudio.Core.Validation;
using static DesignStudio.Core.Tests.Analysis.NormalForms.TableBuilder;

namespace DesignStudio.Core.Tests.Analysis.NormalForms.Apply;

public class DecompositionApplierTests
{
    private static Table Addresses() =>
        Table("addresses", ["id"], Int("id"), Str("street"), Str("zip"), Str("city")).WithFd(["zip"], ["city"])
        with { Position = new CanvasPosition(100, 50), Comment = "Postal addresses" };

    /// <summary>addresses (zip → city) referenced by deliveries, inside a subject area, between two other tables.</summary>
    private static Design ZipDesign()
    {
        var addresses = Addresses();
        var deliveries = Table("deliveries", ["id"], Int("id"), Int("address_id")).WithFk(["address_id"], addresses, ["id"]);
        var notes = Table("notes", ["id"], Int("id"));
        return new Design
        {
            Tables = [notes, addresses, deliveries],
            Areas = [new SubjectArea { Id = "area_shipping", Name = "Shipping", TableIds = ["tbl_notes", addresses.Id, deliveries.Id] }],
        };
    }

    /// <summary>order_lines keyed by (order_id, product_id) with product_id → product_name, category_id and category_id → category_name.</summary>
    internal static Table OrderLines() =>
        Table("order_lines", ["order_id", "product_id"],
                Int("order_id"), Int("product_id"), Int("quantity"), Str("product_name"), Int("category_id"), Str("category_name"))
            .WithFd(["product_id"], ["product_name", "category_id"])
            .WithFd(["category_id"], ["category_name"]);

    private static IEnumerable<string> Errors(Design design) =>
        DesignValidator.Validate(design).Where(d => d.Severity == Severity.Error).Select(d => d.ToString());

    private static string[] Names(Table t, IEnumerable<string> columnIds) => columnIds.Select(id => t.GetColumn(id).Name).ToArray();

    [Fact]
    public void Zip_city_decomposition_applies_as_a_valid_design_with_zip_table_and_repointed_reference()
    {
        var design = ZipDesign();
        var application = DecompositionApplier.Build(design, "tbl_addresses");
        Assert.True(application.CanApply);
        Assert.Empty(application.Diagnostics);
        var session = new EditSession(design);

        var result = session.Apply(application.Operation!);

        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics));
        var after = session.Design;
        Assert.Empty(Errors(after));
        Assert.Equal(["notes", "addresses_zip", "addresses", "deliveries"], after.Tables.Select(t => t.Name));
        Assert.DoesNotContain(after.Tables, t => t.Id == "tbl_addresses");
        var zip = after.Tables[1];
        var main = after.Tables[2];
        Assert.Equal(["zip", "city"], zip.Columns.Select(c => c.Name));
        Assert.Equal(["zip"], Names(zip, zip.PrimaryKey!.ColumnIds));
        Assert.Equal(["id", "street", "zip"], main.Columns.Select(c => c.Name));
        Assert.Equal(["id"], Names(main, main.PrimaryKey!.ColumnIds));
        Assert.Equal("Postal addresses", main.Comment);
        Assert.Equal(new CanvasPosition(100, 50), main.Position);
        var zipFk = Assert.Single(main.ForeignKeys);
        Assert.Equal(zip.Id, zipFk.TargetTableId);
        Assert.Equal(["zip"], Names(main, zipFk.ColumnIds));
        Assert.Equal(["zip"], Names(zip, zipFk.TargetColumnIds));
        // The dependency zip → city now lives in the table keyed by zip.
        Assert.Single(zip.FunctionalDependencies);
        var delivery = Assert.Single(after.Tables[3].ForeignKeys);
        Assert.Equal("fk_deliveries_addresses", delivery.Id);
        Assert.Equal(main.Id, delivery.TargetTableId);
        Assert.Equal(["id"], Names(main, delivery.TargetColumnIds));
        Assert.Equal(["tbl_notes", zip.Id, main.Id, "tbl_deliveries"], after.Areas[0].TableIds);
    }

    [Fact]
    public void Undo_of_an_applied_decomposition_restores_the_original_design_exactly_and_redo_reapplies_it()
    {
        var design = ZipDesign();
        var session = new EditSession(design);
        session.Apply(DecompositionApplier.Build(design, "tbl_addresses").Operation!);
        var applied = session.Design;

        Assert.True(session.Undo()!.Succeeded);
        Assert.Equal(design, session.Design);
        Assert.True(session.Redo()!.Succeeded);
        Assert.Equal(applied, session.Design);
    }

    [Fact]
    public void Three_way_synthesis_applies_with_a_chain_of_foreign_keys_and_undoes_exactly()
    {
        var lines = OrderLines();
        var design = new Design { Tables = [lines] };
        var application = DecompositionApplier.Build(design, lines.Id);
        var session = new EditSession(design);

        Assert.True(session.Apply(application.Operation!).Succeeded);

        var after = session.Design;
        Assert.Empty(Errors(after));
        Assert.Equal(3, after.Tables.Count);
        var main = after.Tables.Single(t => t.Name == "order_lines");
        var product = after.Tables.Single(t => t.Name == "order_lines_product_id");
        var category = after.Tables.Single(t => t.Name == "order_lines_category_id");
        Assert.Equal(["order_id", "product_id"], Names(main, main.PrimaryKey!.ColumnIds));
        Assert.Equal(["order_id", "product_id", "quantity"], main.Columns.Select(c => c.Name));
        Assert.Equal(["product_id"], Names(product, product.PrimaryKey!.ColumnIds));
        Assert.Equal(["product_id", "product_name", "category_id"], product.Columns.Select(c => c.Name));
        Assert.Equal(["category_id"], Names(category, category.PrimaryKey!.ColumnIds));
        Assert.Equal(["category_id", "category_name"], category.Columns.Select(c => c.Name));
        var mainFk = Assert.Single(main.ForeignKeys);
        Assert.Equal(product.Id, mainFk.TargetTableId);
        Assert.Equal(["product_id"], Names(main, mainFk.ColumnIds));
        var productFk = Assert.Single(product.ForeignKeys);
        Assert.Equal(category.Id, productFk.TargetTableId);
        Assert.Equal(["category_id"], Names(product, productFk.ColumnIds));
        Assert.Empty(category.ForeignKeys);
        // Referenced tables are filled first.
        Assert.Equal([category.Id, product.Id, main.Id], application.NewTables.Select(t => t.Id));

        session.Undo();
        Assert.Equal(design, session.Design);
    }

    [Fact]
    public void Unique_constraint_moves_to_the_table_holding_its_columns_and_other_tables_can_reference_it()
    {
        var addresses = Addresses() with
        {
            Uniques = [new UniqueConstraint { Id = "uq_street_zip", Name = "uq_street_zip", ColumnIds = ["addresses.street", "addresses.zip"] }],
        };
        var labels = Table("labels", ["id"], Int("id"), Str("street"), Str("zip")).WithFk(["street", "zip"], addresses, ["street", "zip"]);
        var design = new Design { Tables = [addresses, labels] };
        var session = new EditSession(design);

        var application = DecompositionApplier.Build(design, addresses.Id);
        Assert.True(session.Apply(application.Operation!).Succeeded);

        var main = session.Design.Tables.Single(t => t.Name == "addresses");
        Assert.Equal(["street", "zip"], Names(main, Assert.Single(main.Uniques).ColumnIds));
        var fk = Assert.Single(session.Design.Tables.Single(t => t.Name == "labels").ForeignKeys);
        Assert.Equal(main.Id, fk.TargetTableId);
        Assert.Empty(Errors(session.Design));
        session.Undo();
        Assert.Equal(design, session.Design);
    }

    [Fact]
    public void Reference_to_columns_that_no_new_table_has_as_key_is_dropped_with_a_warning_and_restored_by_undo()
    {
        var addresses = Addresses() with
        {
            Uniques = [new UniqueConstraint { Id = "uq_id_city", ColumnIds = ["addresses.id", "addresses.city"] }],
        };
        var labels = Table("labels", ["id"], Int("id"), Int("address_id"), Str("city")).WithFk(["address_id", "city"], addresses, ["id", "city"]);
        var design = new Design { Tables = [addresses, labels] };
        var session = new EditSession(design);

        var application = DecompositionApplier.Build(design, addresses.Id);
        Assert.True(session.Apply(application.Operation!).Succeeded);

        Assert.Contains(application.Diagnostics, d => d.Code == DecompositionApplyCodes.PartNotCarried && d.Severity == Severity.Warning);
        Assert.Contains(application.Diagnostics, d => d.Code == DecompositionApplyCodes.ReferenceNotRepointed && d.Path == "tables/labels/foreign_keys/fk_labels_addresses");
        Assert.Empty(session.Design.Tables.Single(t => t.Name == "labels").ForeignKeys);
        session.Undo();
        Assert.Equal(design, session.Design);
    }

    [Fact]
    public void Missing_source_table_is_an_error_diagnostic_not_an_exception()
    {
        var application = DecompositionApplier.Build(new Design(), "tbl_gone");

        Assert.False(application.CanApply);
        var d = Assert.Single(application.Diagnostics);
        Assert.Equal(DecompositionApplyCodes.SourceTableMissing, d.Code);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void Data_moving_script_copies_the_original_aside_inserts_in_foreign_key_order_and_drops_it_in_dialect_quoting()
    {
        var design = ZipDesign();
        var application = DecompositionApplier.Build(design, "tbl_addresses");

        var mysql = application.Script(DialectRegistry.Get(DialectNames.MySql));
        var postgres = application.Script(DialectRegistry.Get(DialectNames.PostgreSql));

        Assert.Equal("addresses_nf_old", mysql.SourceName);
        Assert.Equal(["CREATE TABLE `addresses_nf_old` AS SELECT * FROM `addresses`", "DROP TABLE `addresses`"], mysql.Prepare.Select(s => s.Sql));
        Assert.Equal(
            ["INSERT INTO `addresses_zip` (`zip`, `city`)\nSELECT DISTINCT `zip`, `city`\nFROM `addresses_nf_old`\nWHERE `zip` IS NOT NULL",
             "INSERT INTO `addresses` (`id`, `street`, `zip`)\nSELECT DISTINCT `id`, `street`, `zip`\nFROM `addresses_nf_old`"],
            mysql.Inserts.Select(s => s.Sql));
        Assert.Equal("DROP TABLE `addresses_nf_old`", Assert.Single(mysql.Cleanup).Sql);
        Assert.Equal("CREATE TABLE \"addresses_nf_old\" AS SELECT * FROM \"addresses\"", postgres.Prepare[0].Sql);
        Assert.Equal("SELECT * INTO [addresses_nf_old] FROM [addresses]", application.Script(DialectRegistry.Get(DialectNames.SqlServer)).Prepare[0].Sql);
        Assert.StartsWith("INSERT INTO \"addresses_zip\" (\"zip\", \"city\")", postgres.Inserts[0].Sql);
    }
}

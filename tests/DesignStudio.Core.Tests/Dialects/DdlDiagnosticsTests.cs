using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Core.Tests.Fixtures;

namespace DesignStudio.Core.Tests.Dialects;

public class DdlDiagnosticsTests
{
    private static DdlScript Generate(string dialect, Design design) => DialectRegistry.Get(dialect).GenerateDdl(design);

    private static Design OneTable(Table table) => new() { Tables = [table] };

    [Theory]
    [InlineData(DialectNames.MySql)]
    [InlineData(DialectNames.MariaDb)]
    public void Reports_partial_and_include_indexes_where_unsupported(string dialect)
    {
        var script = Generate(dialect, TestDesigns.Blog(dialect));

        Assert.Contains(script.Diagnostics, d => d is { Code: DdlCodes.PartialIndexUnsupported, Severity: Severity.Warning, Path: "tables/users/indexes/ix_users_active_email" });
        Assert.Contains(script.Diagnostics, d => d is { Code: DdlCodes.IncludeUnsupported, Path: "tables/posts/indexes/ix_posts_user_created" });
        Assert.Contains(script.Statements, s => s.Sql == "CREATE INDEX `ix_posts_user_id_created_at` ON `posts` (`user_id`, `created_at` DESC)");
    }

    [Fact]
    public void Maps_restrict_to_no_action_on_sql_server_with_a_warning()
    {
        var script = Generate(DialectNames.SqlServer, TestDesigns.CompositeAndSelfReferencing());

        Assert.Contains(script.Diagnostics, d => d is { Code: DdlCodes.ReferentialActionUnsupported, Path: "tables/employees/foreignKeys/fk_employees_region" });
        Assert.Contains("ON DELETE NO ACTION ON UPDATE CASCADE", script.ToText());
        Assert.DoesNotContain("RESTRICT", script.ToText());
    }

    [Theory]
    [InlineData(DialectNames.MySql, "json")]
    [InlineData(DialectNames.Sqlite, "TEXT")]
    [InlineData(DialectNames.SqlServer, "nvarchar(max)")]
    public void Stores_arrays_as_json_outside_postgresql_with_a_warning(string dialect, string expected)
    {
        var script = Generate(dialect, TestDesigns.EveryType());
        var quoted = DialectRegistry.Get(dialect).QuoteIdentifier("c_int_array");

        Assert.Contains(script.Diagnostics, d => d is { Code: DdlCodes.ArrayAsJson, Path: "tables/every_type/columns/c_int_array" });
        Assert.Contains($"{quoted} {expected}", script.ToText());
    }

    [Fact]
    public void Reports_no_approximation_for_postgresql()
    {
        Assert.Empty(Generate(DialectNames.PostgreSql, TestDesigns.EveryType()).Diagnostics);
    }

    [Fact]
    public void Sqlite_reports_identity_on_a_composite_key_and_ignores_schemas()
    {
        var table = new Table
        {
            Id = "t", Name = "pairs", Schema = "app",
            Columns = [TestDesigns.Col("pairs", "a", LogicalType.Int32, false) with { Identity = IdentityKind.Always }, TestDesigns.Col("pairs", "b", LogicalType.Int32, false)],
            PrimaryKey = TestDesigns.Pk("pairs", "a", "b"),
        };

        var script = Generate(DialectNames.Sqlite, OneTable(table));

        Assert.Contains(script.Diagnostics, d => d is { Code: DdlCodes.IdentityUnsupported, Path: "tables/pairs/columns/a" });
        Assert.Contains(script.Diagnostics, d => d.Code == DdlCodes.SchemaIgnored);
        Assert.DoesNotContain("AUTOINCREMENT", script.ToText());
        Assert.Contains("CONSTRAINT \"pk_pairs\" PRIMARY KEY (\"a\", \"b\")", script.ToText());
        Assert.StartsWith("CREATE TABLE \"pairs\" (", script.Statements[0].Sql);
    }

    [Fact]
    public void Reports_dangling_references_as_errors_instead_of_throwing()
    {
        var table = new Table
        {
            Id = "t", Name = "orphans",
            Columns = [TestDesigns.Col("orphans", "id", LogicalType.Int32, false), TestDesigns.Col("orphans", "kind", LogicalType.Enum("missing"))],
            PrimaryKey = new PrimaryKey { Id = "pk", ColumnIds = ["nope"] },
            ForeignKeys = [new ForeignKey { Id = "fk", ColumnIds = [TestDesigns.ColumnId("orphans", "id")], TargetTableId = "gone", TargetColumnIds = ["x"] }],
            Indexes = [new global::DesignStudio.Core.Model.Index { Id = "ix", Parts = [IndexPart.OfColumn("nope")] }],
            Features = new TableFeatures { UpdatedAtColumnId = "nope" },
        };

        foreach (var dialect in DialectNames.All)
        {
            var script = Generate(dialect, OneTable(table));
            Assert.True(script.Diagnostics.Count(d => d is { Code: DdlCodes.DanglingReference, Severity: Severity.Error }) >= 5, dialect);
            Assert.Single(script.Statements, s => s.Sql.StartsWith("CREATE TABLE", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(DialectNames.PostgreSql, "boolean NOT NULL DEFAULT false")]
    [InlineData(DialectNames.MySql, "tinyint(1) NOT NULL DEFAULT 0")]
    [InlineData(DialectNames.SqlServer, "bit NOT NULL CONSTRAINT [df_every_type_c_boolean] DEFAULT (0)")]
    public void Writes_boolean_defaults_per_dialect(string dialect, string expected) =>
        Assert.Contains(expected, Generate(dialect, TestDesigns.EveryType()).ToText());

    [Fact]
    public void Reports_an_invalid_numeric_literal()
    {
        var table = new Table { Id = "t", Name = "n", Columns = [TestDesigns.Col("n", "v", LogicalType.Int32, def: ColumnDefault.Literal("1; DROP TABLE n"))] };

        var script = Generate(DialectNames.PostgreSql, OneTable(table));

        Assert.Contains(script.Diagnostics, d => d is { Code: DdlCodes.InvalidLiteral, Severity: Severity.Error });
        Assert.Contains("DEFAULT '1; DROP TABLE n'", script.ToText());
    }

    [Fact]
    public void Reports_an_over_long_given_name()
    {
        var table = TestDesigns.Blog().Tables.Single(t => t.Name == "tags");
        table = table with { Uniques = [table.Uniques[0] with { Name = new string('u', 70) }] };

        var script = Generate(DialectNames.PostgreSql, OneTable(table));

        Assert.Contains(script.Diagnostics, d => d is { Code: DdlCodes.IdentifierTooLong, Severity: Severity.Error });
    }

    [Fact]
    public void Counts_postgresql_identifier_length_in_utf8_bytes()
    {
        // 32 two-byte letters: 32 characters (fine for MySQL's 64) but 64 bytes (over PostgreSQL's 63).
        var name = new string('ö', 32);
        var design = OneTable(new Table { Id = "t", Name = name, Columns = [TestDesigns.Col(name, "id", LogicalType.Int32)] });

        Assert.Contains(Generate(DialectNames.PostgreSql, design).Diagnostics, d => d is { Code: DdlCodes.IdentifierTooLong, Path: var p } && p == "tables/" + name);
        Assert.DoesNotContain(Generate(DialectNames.MySql, design).Diagnostics, d => d.Code == DdlCodes.IdentifierTooLong);
    }

    [Fact]
    public void Appends_verbatim_objects_of_the_same_dialect_and_reports_the_others()
    {
        var design = TestDesigns.Blog() with
        {
            Verbatim =
            [
                new VerbatimObject { Id = "v1", Kind = "view", Name = "active_users", Dialect = "postgresql", Sql = "CREATE VIEW active_users AS SELECT * FROM users WHERE is_active;" },
                new VerbatimObject { Id = "v2", Kind = "view", Name = "t_sql_view", Dialect = DialectNames.SqlServer, Sql = "CREATE VIEW v AS SELECT TOP 1 * FROM users" },
            ],
        };

        var script = Generate(DialectNames.PostgreSql, design);

        Assert.Equal("CREATE VIEW active_users AS SELECT * FROM users WHERE is_active", script.Statements[^1].Sql);
        Assert.Contains(script.Diagnostics, d => d is { Code: DdlCodes.VerbatimOtherDialect, Path: "verbatim/t_sql_view" });
    }

    [Theory]
    [InlineData(DialectNames.MySql)]
    [InlineData(DialectNames.MariaDb)]
    public void Reports_unique_keys_on_text_columns_in_mysql(string dialect)
    {
        var table = new Table
        {
            Id = "t", Name = "notes", Columns = [TestDesigns.Col("notes", "body", LogicalType.Text, false)],
            Uniques = [TestDesigns.Unique("notes", null, "body")],
        };

        Assert.Contains(Generate(dialect, OneTable(table)).Diagnostics, d => d.Code == DdlCodes.KeyOnLargeObject && d.Path.StartsWith("tables/notes/uniques/", StringComparison.Ordinal));
        Assert.DoesNotContain(Generate(DialectNames.PostgreSql, OneTable(table)).Diagnostics, d => d.Code == DdlCodes.KeyOnLargeObject);
    }

    [Fact]
    public void Reports_names_mysql_refuses_whatever_the_quoting()
    {
        var design = OneTable(new Table { Id = "t", Name = "notes ", Columns = [TestDesigns.Col("notes ", "body\n", LogicalType.Int32)] });

        Assert.Equal(2, Generate(DialectNames.MariaDb, design).Diagnostics.Count(d => d is { Code: DdlCodes.IdentifierRejected, Severity: Severity.Error }));
        Assert.DoesNotContain(Generate(DialectNames.PostgreSql, design).Diagnostics, d => d.Code == DdlCodes.IdentifierRejected);
    }
}

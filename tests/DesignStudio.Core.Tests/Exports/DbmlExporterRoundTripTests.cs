using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Exports;
using DesignStudio.Core.Import.Dbml;
using DesignStudio.Core.Model;
using DesignStudio.Core.Tests.Support;

namespace DesignStudio.Core.Tests.Exports;

public class DbmlExporterRoundTripTests
{
    private static readonly DbmlExporter Exporter = new();

    private static void AssertRoundTrips(Design design, ExportOptions options)
    {
        var text = Exporter.Export(design, options);
        var result = DbmlImporter.Import(text);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics) + "\n" + text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Warning && d.Code != DbmlDiagnosticCodes.UnknownType);
        var expected = DesignIdNormalizer.Normalize(design);
        var actual = DesignIdNormalizer.Normalize(result.Design);
        Assert.True(expected == actual, "Round trip changed the design. DBML:\n" + text + Differences(expected, actual));
    }

    private static string Differences(Design expected, Design actual)
    {
        var lines = new List<string>();
        if (expected.Name != actual.Name || expected.Comment != actual.Comment) lines.Add("project differs");
        if (expected.Enums != actual.Enums) lines.Add($"enums differ: {string.Join("; ", expected.Enums)} vs {string.Join("; ", actual.Enums)}");
        if (expected.Areas != actual.Areas) lines.Add("areas differ");
        if (expected.Notes != actual.Notes) lines.Add("notes differ");
        for (var i = 0; i < Math.Max(expected.Tables.Count, actual.Tables.Count); i++)
        {
            var e = i < expected.Tables.Count ? expected.Tables[i] : null;
            var a = i < actual.Tables.Count ? actual.Tables[i] : null;
            if (e == a) continue;
            if (e is null || a is null) { lines.Add($"table {i} missing"); continue; }
            for (var c = 0; c < Math.Max(e.Columns.Count, a.Columns.Count); c++)
            {
                if (c >= e.Columns.Count || c >= a.Columns.Count || e.Columns[c] != a.Columns[c])
                    lines.Add($"column {i}.{c}: {(c < e.Columns.Count ? e.Columns[c] : null)} vs {(c < a.Columns.Count ? a.Columns[c] : null)}");
            }
            if (e.PrimaryKey != a.PrimaryKey) lines.Add($"pk {i}: {e.PrimaryKey} vs {a.PrimaryKey}");
            if (e.Uniques != a.Uniques) lines.Add($"uniques {i}: {e.Uniques} vs {a.Uniques}");
            if (e.Indexes != a.Indexes) lines.Add($"indexes {i}: {string.Join("; ", e.Indexes)} vs {string.Join("; ", a.Indexes)}");
            if (e.Checks != a.Checks) lines.Add($"checks {i}");
            if (e.ForeignKeys != a.ForeignKeys) lines.Add($"fks {i}: {string.Join("; ", e.ForeignKeys)} vs {string.Join("; ", a.ForeignKeys)}");
            if (e with { Columns = a.Columns, PrimaryKey = a.PrimaryKey, Uniques = a.Uniques, Indexes = a.Indexes, Checks = a.Checks, ForeignKeys = a.ForeignKeys } != a)
                lines.Add($"table {i} header: {e.Name}/{e.Schema}/{e.Comment} vs {a.Name}/{a.Schema}/{a.Comment}");
        }
        return "\n" + string.Join("\n", lines);
    }

    [Fact]
    public void Blog_sample_round_trips_with_its_database_type()
    {
        var imported = DbmlImporter.Import(DbmlSamples.Blog).Design;
        AssertRoundTrips(imported, new ExportOptions { Dialect = DialectNames.PostgreSql });
    }

    [Fact]
    public void Exported_blog_sample_states_the_database_type_and_uses_native_types()
    {
        var imported = DbmlImporter.Import(DbmlSamples.Blog).Design;
        var text = Exporter.Export(imported, new ExportOptions { Dialect = DialectNames.PostgreSql });
        Assert.Contains("database_type: 'PostgreSQL'", text);
        Assert.Contains("location geography", text);
        Assert.Contains("\"in review\" [note: 'Waiting for an editor']", text);
        Assert.Contains("Ref: users.id - core.profiles.user_id", text);
        Assert.Contains("Ref post_revision_post: \"post revisions\".post_id > posts.id [delete: cascade, update: no action]", text);
    }

    [Fact]
    public void Without_a_dialect_native_types_are_named_in_a_comment()
    {
        var imported = DbmlImporter.Import(DbmlSamples.Blog).Design;
        var text = Exporter.Export(imported, ExportOptions.Default);
        Assert.Contains("// location: not expressible in DBML: native types postgres: geography", text);
        Assert.Contains("location text", text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_designs_with_hostile_names_round_trip(int seed) =>
        AssertRoundTrips(RandomDesigns.Create(seed), ExportOptions.Default);

    [Fact]
    public void Two_hundred_random_designs_round_trip()
    {
        for (var seed = 100; seed < 300; seed++) AssertRoundTrips(RandomDesigns.Create(seed), ExportOptions.Default);
    }

    [Fact]
    public void Lossy_parts_are_written_as_comments_that_cannot_break_the_document()
    {
        var design = new Design
        {
            Tables =
            [
                new Table
                {
                    Id = "t", Name = "t",
                    Columns = [new Column { Id = "c", Name = "c", Type = LogicalType.Int64, Identity = IdentityKind.Always, Default = ColumnDefault.Expression("`x`\n}") }],
                    Indexes = [new DesignStudio.Core.Model.Index { Id = "i", Name = "i\n}", Parts = [IndexPart.OfColumn("c")], Where = "c > 0\nTable x {" }],
                },
            ],
            Verbatim = [new VerbatimObject { Id = "v", Kind = "view", Name = "v", Dialect = DialectNames.PostgreSql, Sql = "CREATE VIEW v AS\nSELECT 1 } Table evil {" }],
        };
        var text = Exporter.Export(design, ExportOptions.Default);
        var result = DbmlImporter.Import(text);
        Assert.False(result.HasErrors, text);
        var table = Assert.Single(result.Design.Tables);
        Assert.Contains("GENERATED ALWAYS", text);
        Assert.Contains("// Index i }: not expressible in DBML: WHERE c > 0 Table x {", text);
        Assert.Equal(IdentityKind.ByDefault, table.Columns[0].Identity);
        Assert.Null(table.Columns[0].Default);
        Assert.Single(table.Indexes);
    }

    [Fact]
    public void Id_normalisation_still_sees_content_changes()
    {
        var design = RandomDesigns.Create(7);
        var table = design.Tables[0];
        var renamed = design with { Tables = design.Tables.SetItem(0, table with { Columns = table.Columns.SetItem(0, table.Columns[0] with { Name = "other" }) }) };
        Assert.NotEqual(DesignIdNormalizer.Normalize(design), DesignIdNormalizer.Normalize(renamed));
        var reIded = design with { Tables = design.Tables.SetItem(0, table with { Id = "zzz" }) };
        Assert.NotEqual(design, reIded);
    }

    [Fact]
    public void Prints_a_random_design()
    {
        var text = Exporter.Export(RandomDesigns.Create(11), ExportOptions.Default);
        Assert.StartsWith("Project ", text);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "dbml-random-11.dbml"), text);
    }
}

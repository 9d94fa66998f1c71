using System.Text.RegularExpressions;
using DesignStudio.Core.Exports;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Exports;

public class MermaidErDiagramExporterTests
{
    private static readonly MermaidErDiagramExporter Exporter = new();

    private static Design Shop(bool orderCustomerNullable, bool uniqueCustomer = false) => new()
    {
        Tables =
        [
            new Table
            {
                Id = "c", Name = "customers",
                Columns = [new Column { Id = "c.id", Name = "id", Type = LogicalType.Int64, Nullable = false, Comment = "Surrogate key" }],
                PrimaryKey = new PrimaryKey { Id = "c.pk", ColumnIds = ["c.id"] },
            },
            new Table
            {
                Id = "o", Name = "orders",
                Columns =
                [
                    new Column { Id = "o.id", Name = "id", Type = LogicalType.Int64, Nullable = false },
                    new Column { Id = "o.c", Name = "customer_id", Type = LogicalType.Int64, Nullable = orderCustomerNullable },
                ],
                PrimaryKey = new PrimaryKey { Id = "o.pk", ColumnIds = ["o.id"] },
                Uniques = uniqueCustomer ? [new UniqueConstraint { Id = "o.u", ColumnIds = ["o.c"] }] : [],
                ForeignKeys = [new ForeignKey { Id = "o.fk", ColumnIds = ["o.c"], TargetTableId = "c", TargetColumnIds = ["c.id"] }],
            },
        ],
    };

    [Fact]
    public void Writes_entities_with_key_markers_and_comments()
    {
        var text = Exporter.Export(Shop(false), ExportOptions.Default);
        Assert.StartsWith("erDiagram\n", text);
        Assert.Contains("    customers {\n        int64 id PK \"Surrogate key\"\n    }", text);
        Assert.Contains("        int64 customer_id FK\n", text);
    }

    [Theory]
    [InlineData(false, false, "customers ||..o{ orders")]
    [InlineData(true, false, "customers |o..o{ orders")]
    [InlineData(false, true, "customers ||..o| orders")]
    public void Derives_crows_foot_cardinality_from_nullability_and_uniqueness(bool nullable, bool unique, string expected) =>
        Assert.Contains(expected + " : \"customer_id\"", Exporter.Export(Shop(nullable, unique), ExportOptions.Default));

    [Fact]
    public void Foreign_keys_inside_the_primary_key_are_identifying()
    {
        var design = Shop(false);
        var orders = design.Tables[1] with { PrimaryKey = new PrimaryKey { Id = "o.pk", ColumnIds = ["o.id", "o.c"] } };
        var text = Exporter.Export(design with { Tables = design.Tables.SetItem(1, orders) }, ExportOptions.Default);
        Assert.Contains("customers ||--o{ orders", text);
    }

    [Fact]
    public void Hostile_names_become_safe_identifiers_with_quoted_aliases()
    {
        var text = Exporter.Export(HostileDesign.Create(), ExportOptions.Default);
        Assert.DoesNotContain("<", text);
        Assert.DoesNotContain(">", text.Replace("}o", "").Replace("o{", ""));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines.Skip(1))
        {
            // Quoted text is balanced on every line, so nothing leaks out of a label or comment.
            Assert.Equal(0, line.Count(c => c == '"') % 2);
            var unquoted = Regex.Replace(line, "\"[^\"]*\"", "\"\"");
            Assert.Matches(@"^\s*([A-Za-z_][\w-]*(\[""""\])?( \{)?|\}|[\w()\[\]-]+ [A-Za-z_][\w-]*( (PK|FK|UK)(, (PK|FK|UK))*)?( """")?|[A-Za-z_][\w-]* (\|\||\|o)(--|\.\.)(o\{|o\|) [A-Za-z_][\w-]* : """")$", unquoted);
        }
        Assert.Contains("s____script_alert_1___script_[\"s|`.#lt;script#gt;alert(1)#lt;/script#gt;\"]", text);
        Assert.Contains("\"column na|me` #lt;script#gt;alert(1)#lt;/script#gt;: quote #quot; and ' and */ and -- #lt;script#gt;alert(1)#lt;/script#gt;\"", text);
    }
}

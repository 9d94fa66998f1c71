using System.Text;
using BenchmarkDotNet.Attributes;
using DesignStudio.Core.Exports;
using DesignStudio.Core.Import.Dbml;
using DesignStudio.Core.Model;

namespace DesignStudio.Benchmarks;

/// <summary>
/// DBML import and export on synthetic designs of 100 and 1,000 tables (10 columns, an index and a foreign key
/// each): the cost should grow linearly with the size.
/// </summary>
[MemoryDiagnoser]
public class DbmlImportBenchmarks
{
    private string text = "";
    private Design design = new();

    /// <summary>Number of tables.</summary>
    [Params(100, 1000)]
    public int Tables { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder("Project bench {\n  database_type: 'PostgreSQL'\n}\n");
        for (var t = 0; t < Tables; t++)
        {
            sb.Append("Table t").Append(t).Append(" [note: 'table ").Append(t).Append("'] {\n  id bigint [pk, increment]\n");
            for (var c = 0; c < 8; c++) sb.Append("  col").Append(c).Append(" varchar(").Append(10 + c).Append(") [not null, default: 'x', note: 'column']\n");
            sb.Append("  parent_id bigint").Append(t > 0 ? " [ref: > t" + (t - 1) + ".id]" : "").Append('\n');
            sb.Append("  indexes {\n    (col0, col1) [unique, name: 'ix_").Append(t).Append("']\n  }\n}\n");
        }
        text = sb.ToString();
        design = DbmlImporter.Import(text).Design;
    }

    [Benchmark]
    public int Import() => DbmlImporter.Import(text).Design.Tables.Count;

    [Benchmark]
    public int Export() => new DbmlExporter().Export(design, ExportOptions.Default).Length;
}

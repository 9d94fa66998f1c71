using BenchmarkDotNet.Attributes;
using DesignStudio.Core.Dialects;
using DesignStudio.Core.Model;
using DesignStudio.Core.Samples;

namespace DesignStudio.Benchmarks;

/// <summary>
/// DDL generation for a synthetic 1,000-table design (about 10 columns, 2 foreign keys and 2 indexes per table),
/// one case per dialect. Target: under 100 ms per dialect.
/// </summary>
[MemoryDiagnoser]
public class DdlGenerationBenchmarks
{
    private Design design = null!;
    private SqlDialect dialect = null!;

    /// <summary>The dialect under test.</summary>
    [ParamsSource(nameof(Dialects))]
    public string Dialect { get; set; } = DialectNames.PostgreSql;

    /// <summary>Every dialect name.</summary>
    public static IEnumerable<string> Dialects => DialectNames.All;

    /// <summary>Builds the design once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        design = SyntheticDesign.Create(1000, seed: 42);
        dialect = DialectRegistry.Get(Dialect);
    }

    /// <summary>Generates the script and renders it as text.</summary>
    [Benchmark]
    public int GenerateDdlFor1000Tables() => dialect.GenerateDdl(design).ToText().Length;
}

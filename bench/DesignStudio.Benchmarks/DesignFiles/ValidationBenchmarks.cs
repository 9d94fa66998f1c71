using BenchmarkDotNet.Attributes;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;
using DesignStudio.Core.Validation;

namespace DesignStudio.Benchmarks.DesignFiles;

/// <summary>Validating a 1,000-table design (runs on every edit in the studio).</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private Design design = null!;

    [Params(null, "postgres")]
    public string? Dialect { get; set; }

    [GlobalSetup]
    public void Setup() => design = ThousandTableDesign.Create();

    [Benchmark]
    public IReadOnlyList<Diagnostic> Validate_1000_tables() => DesignValidator.Validate(design, Dialect);
}

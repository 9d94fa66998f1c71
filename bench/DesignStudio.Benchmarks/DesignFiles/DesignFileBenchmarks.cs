using BenchmarkDotNet.Attributes;
using DesignStudio.Core.Model;
using DesignStudio.Core.Serialization;

namespace DesignStudio.Benchmarks.DesignFiles;

/// <summary>Writing and reading the design file of a 1,000-table design (opening and saving a large project).</summary>
[MemoryDiagnoser]
public class DesignFileBenchmarks
{
    private Design design = null!;
    private byte[] file = null!;

    [GlobalSetup]
    public void Setup()
    {
        design = ThousandTableDesign.Create();
        file = DesignFile.SerializeToUtf8Bytes(design);
    }

    [Benchmark]
    public byte[] Serialize_1000_tables() => DesignFile.SerializeToUtf8Bytes(design);

    [Benchmark]
    public Design? Read_1000_tables() => DesignFile.Read(file).Design;
}

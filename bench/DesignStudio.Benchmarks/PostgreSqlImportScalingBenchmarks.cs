using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DesignStudio.Core.Import;

namespace DesignStudio.Benchmarks;

/// <summary>
/// Whether the PostgreSQL import's cost grows linearly (issue 3 "Speed"): the same generator (lago.sql copied 1, 2, 5
/// and 10 times, see <see cref="LagoCopies"/>) at each size, with time and allocation per MB of input, which stay flat
/// when it does. Run: <c>dotnet run -c Release --project bench/DesignStudio.Benchmarks -- --filter '*ImportScaling*' --inProcess -j short</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class PostgreSqlImportScalingBenchmarks
{
    private string text = "";

    /// <summary>How many copies of lago.sql the input holds.</summary>
    [Params(1, 2, 5, 10)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup() => text = LagoCopies.Times(Copies);

    [Benchmark]
    public int Import() => new PostgreSqlDdlParser().Parse(text).Design.Tables.Count;

    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(new PerInputMegabyteColumn(allocation: false));
            AddColumn(new PerInputMegabyteColumn(allocation: true));
        }
    }
}

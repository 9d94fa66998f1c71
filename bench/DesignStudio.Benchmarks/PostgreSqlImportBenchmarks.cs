using BenchmarkDotNet.Attributes;
using DesignStudio.Core.Import;

namespace DesignStudio.Benchmarks;

/// <summary>
/// PostgreSQL DDL import of the largest corpus file (lago.sql, 511 KB, read from the shared corpus at run time) and of
/// a synthetic file ten times as large (ten copies with every identifier-bearing "public." schema renamed), so the
/// two results show whether cost grows linearly. Compare with ../shared/bench-peers/peer-import.sh on the same file.
/// </summary>
[MemoryDiagnoser]
public class PostgreSqlImportBenchmarks
{
    private string lago = "";
    private string lagoTimesTen = "";

    [GlobalSetup]
    public void Setup()
    {
        lago = LagoCopies.Original;
        lagoTimesTen = LagoCopies.Times(10);
    }

    [Benchmark(Baseline = true)]
    public int Lago() => new PostgreSqlDdlParser().Parse(lago).Design.Tables.Count;

    [Benchmark]
    public int LagoTimesTen() => new PostgreSqlDdlParser().Parse(lagoTimesTen).Design.Tables.Count;
}

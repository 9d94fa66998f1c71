using System.Text;
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
        var corpus = Environment.GetEnvironmentVariable("DESIGNSTUDIO_CORPUS")
            ?? Path.GetFullPath(Path.Combine(FindRepositoryRoot(), "..", "shared", "corpus"));
        lago = File.ReadAllText(Path.Combine(corpus, "postgresql", "lago.sql"));
        var sb = new StringBuilder(lago.Length * 10 + 1000);
        for (var i = 0; i < 10; i++)
        {
            sb.Append(lago.Replace("public.", $"copy{i}.", StringComparison.Ordinal)).Append('\n');
        }
        lagoTimesTen = sb.ToString();
    }

    [Benchmark(Baseline = true)]
    public int Lago() => new PostgreSqlDdlParser().Parse(lago).Design.Tables.Count;

    [Benchmark]
    public int LagoTimesTen() => new PostgreSqlDdlParser().Parse(lagoTimesTen).Design.Tables.Count;

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DesignStudio.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("DesignStudio.sln not found");
    }
}

using BenchmarkDotNet.Attributes;
using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Core.Model;

namespace DesignStudio.Benchmarks;

/// <summary>
/// Issue 5 target: candidate keys of a 30-attribute relation with 40 dependencies in under 100 ms.
/// The relation has 10 pairs Aᵢ ↔ Bᵢ (20 dependencies: 2¹⁰ = 1,024 keys) and 10 attributes Cᵢ derived from
/// Aᵢ, Aᵢ₊₁ and chained Cᵢ → Cᵢ₊₁ (20 more), so every key search step sees many keys and long closures.
/// </summary>
[MemoryDiagnoser]
public class CandidateKeyBenchmarks
{
    private RelationSchema relation = null!;

    [GlobalSetup]
    public void Setup()
    {
        var names = new List<string>();
        for (var i = 0; i < 10; i++) names.AddRange([$"A{i}", $"B{i}", $"C{i}"]);
        int A(int i) => 3 * (i % 10);
        int B(int i) => 3 * (i % 10) + 1;
        int C(int i) => 3 * (i % 10) + 2;
        var fds = new List<Dependency>();
        for (var i = 0; i < 10; i++)
        {
            fds.Add(new Dependency(AttributeSet.Of(A(i)), AttributeSet.Of(B(i))));
            fds.Add(new Dependency(AttributeSet.Of(B(i)), AttributeSet.Of(A(i))));
            fds.Add(new Dependency(AttributeSet.Of(A(i), A(i + 1)), AttributeSet.Of(C(i))));
            fds.Add(new Dependency(AttributeSet.Of(C(i)), AttributeSet.Of(C(i + 1))));
        }
        relation = new RelationSchema("R", names.ToValueList(), fds.ToValueList());
        var keys = CandidateKeyFinder.Find(relation);
        if (keys.Keys.Count != 1024 || !keys.Complete) throw new InvalidOperationException($"expected 1,024 keys, found {keys.Keys.Count}");
    }

    /// <summary>All 1,024 candidate keys.</summary>
    [Benchmark]
    public int FindAllKeys() => CandidateKeyFinder.Find(relation).Keys.Count;

    /// <summary>Keys, prime attributes, 2NF/3NF/BCNF violations.</summary>
    [Benchmark]
    public int AnalyzeNormalForm() => NormalFormAnalyzer.Analyze(relation).Violations.Count;
}

namespace DesignStudio.Core.Analysis.NormalForms;

/// <summary>
/// Attribute closure X⁺ under a fixed set of dependencies in time linear in the size of the dependencies
/// (Beeri and Bernstein, 1979): each dependency keeps a counter of left-hand attributes not yet reached and fires
/// when it drops to zero. Build once, call <see cref="Closure"/> many times. Not thread-safe (reuses buffers).
/// </summary>
public sealed class ClosureCalculator
{
    private readonly int[] lhsCount;
    private readonly int[][] rhs;
    private readonly int[][] usedBy;
    private readonly int[] emptyLhs;
    private readonly int[] counters;
    private readonly int[] queue;
    private readonly int words;

    /// <summary>Prepares closures over <paramref name="attributeCount"/> attributes under <paramref name="dependencies"/>.</summary>
    public ClosureCalculator(int attributeCount, IReadOnlyList<Dependency> dependencies)
    {
        AttributeCount = attributeCount;
        words = Math.Max(1, (attributeCount + 63) >> 6);
        lhsCount = new int[dependencies.Count];
        rhs = new int[dependencies.Count][];
        var uses = new List<int>[attributeCount];
        for (var a = 0; a < attributeCount; a++) uses[a] = [];
        var empty = new List<int>();
        for (var i = 0; i < dependencies.Count; i++)
        {
            var lhs = dependencies[i].Determinant.ToArray();
            lhsCount[i] = lhs.Length;
            rhs[i] = dependencies[i].Dependent.ToArray();
            foreach (var a in lhs) uses[a].Add(i);
            if (lhs.Length == 0) empty.Add(i);
        }
        usedBy = uses.Select(u => u.ToArray()).ToArray();
        emptyLhs = [.. empty];
        counters = new int[dependencies.Count];
        queue = new int[attributeCount];
    }

    /// <summary>Builds a calculator for the dependencies of <paramref name="relation"/>.</summary>
    public ClosureCalculator(RelationSchema relation) : this(relation.Count, relation.Dependencies) { }

    /// <summary>Number of attributes of the relation.</summary>
    public int AttributeCount { get; }

    /// <summary>X⁺: every attribute functionally determined by <paramref name="attributes"/>.</summary>
    public AttributeSet Closure(AttributeSet attributes)
    {
        var result = attributes.CopyWords(words);
        Array.Copy(lhsCount, counters, lhsCount.Length);
        int head = 0, tail = 0;
        foreach (var a in attributes.Members()) queue[tail++] = a;
        foreach (var f in emptyLhs) Fire(f, result, ref tail);
        while (head < tail)
        {
            var a = queue[head++];
            foreach (var f in usedBy[a])
            {
                if (--counters[f] == 0) Fire(f, result, ref tail);
            }
        }
        return AttributeSet.FromWords(result);
    }

    /// <summary>Whether <paramref name="attributes"/> determine every attribute.</summary>
    public bool IsSuperkey(AttributeSet attributes) => AttributeSet.All(AttributeCount).IsSubsetOf(Closure(attributes));

    /// <summary>Whether X → Y follows from the dependencies (Y ⊆ X⁺).</summary>
    public bool Implies(Dependency dependency) => dependency.Dependent.IsSubsetOf(Closure(dependency.Determinant));

    private void Fire(int f, ulong[] result, ref int tail)
    {
        foreach (var b in rhs[f])
        {
            ref var w = ref result[b >> 6];
            var bit = 1UL << (b & 63);
            if ((w & bit) != 0) continue;
            w |= bit;
            queue[tail++] = b;
        }
    }
}

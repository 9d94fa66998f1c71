using System.Numerics;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Text;

namespace DesignStudio.Core.Analysis.NormalForms.Discovery;

/// <summary>
/// Discovers the minimal functional dependencies of sample data with TANE (Huhtala, Kärkkäinen, Porkka and
/// Toivonen, 1999): a level-wise walk up the lattice of column sets, stripped partitions multiplied in linear time,
/// candidate sets C⁺ and key pruning; approximate dependencies are measured by the g3 error. Values compare as
/// exact strings (an empty string or null is one value). Up to 64 columns. With a tolerance, superkeys are not
/// pruned (see <c>Prune</c>), so approximate discovery explores more of the lattice than exact discovery.
/// </summary>
public static class DependencyDiscoverer
{
    /// <summary>Code of the diagnostic for a sample with too many columns.</summary>
    public const string TooManyColumns = "NF201";

    /// <summary>Discovers dependencies in a parsed CSV document.</summary>
    public static DiscoveryResult Discover(CsvDocument csv, DiscoveryOptions? options = null) => Discover(csv.Header, csv.Rows, options);

    /// <summary>Discovers dependencies among <paramref name="columns"/> in <paramref name="rows"/> (values in column order).</summary>
    public static DiscoveryResult Discover(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string?>> rows, DiscoveryOptions? options = null)
    {
        options ??= DiscoveryOptions.Exact;
        var names = UniqueNames(columns);
        if (columns.Count > 64)
        {
            return new DiscoveryResult(names, rows.Count, [], [new Diagnostic(TooManyColumns, Severity.Error, "sample",
                $"The sample has {columns.Count} columns; discovery handles at most 64. Choose the columns to examine.")]);
        }
        var run = new TaneRun(Encode(columns.Count, rows), rows.Count, options);
        return new DiscoveryResult(names, rows.Count, run.Execute(), []);
    }

    private static (int[] Codes, int Cardinality)[] Encode(int columnCount, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        var maps = new Dictionary<string, int>[columnCount];
        var codes = new int[columnCount][];
        for (var c = 0; c < columnCount; c++)
        {
            maps[c] = new Dictionary<string, int>(StringComparer.Ordinal);
            codes[c] = new int[rows.Count];
        }
        // Row by row, with a fast path for arrays: interface calls on string[] through IReadOnlyList are slow.
        for (var t = 0; t < rows.Count; t++)
        {
            var row = rows[t];
            var array = row as string?[];
            var width = array?.Length ?? row.Count;
            for (var c = 0; c < columnCount; c++)
            {
                var v = (c < width ? array is null ? row[c] : array[c] : null) ?? "";
                var map = maps[c];
                if (!map.TryGetValue(v, out var code)) map[v] = code = map.Count;
                codes[c][t] = code;
            }
        }
        var result = new (int[], int)[columnCount];
        for (var c = 0; c < columnCount; c++) result[c] = (codes[c], maps[c].Count);
        return result;
    }

    private static List<string> UniqueNames(IReadOnlyList<string> columns)
    {
        var names = new List<string>();
        foreach (var c in columns)
        {
            var name = c;
            for (var k = 2; names.Contains(name, StringComparer.Ordinal); k++) name = c + "#" + k;
            names.Add(name);
        }
        return names;
    }

    private sealed class TaneRun((int[] Codes, int Cardinality)[] columns, int rowCount, DiscoveryOptions options)
    {
        // The last level keeps only e(X)·r and whether X is a key: its partitions would never be used.
        private sealed class Node
        {
            public Node(StrippedPartition partition) : this(partition.Error, partition.IsKey) => Partition = partition;

            public Node(int error, bool isKey)
            {
                Error = error;
                IsKey = isKey;
            }

            public StrippedPartition? Partition { get; }

            public int Error { get; }

            public bool IsKey { get; }

            public ulong CPlus { get; set; }
        }

        private readonly int n = columns.Length;
        private readonly int maxErrorRows = (int)Math.Floor(options.MaxError * rowCount + 1e-9);
        private static int MaxCardinality((int[] Codes, int Cardinality)[] columns) => Math.Max(1, columns.Length == 0 ? 1 : columns.Max(c => c.Cardinality));

        // Below this many parent rows to refine in a level, threads cost more than they save.
        private const long ParallelWorkThreshold = 200_000;

        private const int MaxWorkers = 16;

        // Buffers per worker; the first is the calling thread's, shared by refinement and g3 (counters always left
        // all 0 / all −1).
        private readonly List<RefineScratch> scratches = [new(MaxCardinality(columns), rowCount)];

        private RefineScratch Scratch => scratches[0];
        private readonly List<DiscoveredDependency> found = [];

        public List<DiscoveredDependency> Execute()
        {
            if (n == 0) return found;
            var all = n == 64 ? ulong.MaxValue : (1UL << n) - 1;
            var prev = new Dictionary<ulong, Node> { [0] = new Node(StrippedPartition.Whole(rowCount)) { CPlus = all } };
            var cur = new Dictionary<ulong, Node>();
            for (var a = 0; a < n; a++) cur[1UL << a] = new Node(StrippedPartition.OfColumn(columns[a].Codes, columns[a].Cardinality));
            var maxLevel = (options.MaxDeterminantSize ?? n) + 1;
            // Partitions of levels 0 and 1 have their own arrays; from level 2 on, each level's live in pooled chunks.
            var pool = new PartitionChunks.Pool(PartitionChunks.Pool.LengthFor(rowCount));
            PartitionChunks? prevChunks = null, curChunks = null;
            for (var level = 1; cur.Count > 0 && level <= maxLevel; level++)
            {
                ComputeDependencies(cur, prev, all);
                Prune(cur, prev, level <= maxLevel - 1);
                // Only the previous level is read by the two steps above: its partitions are dead from here on.
                prevChunks?.Release();
                var nextChunks = new PartitionChunks(pool);
                var next = level < maxLevel ? NextLevel(cur, countOnly: level + 1 == maxLevel, nextChunks) : [];
                (prev, cur, prevChunks, curChunks) = (cur, next, curChunks, nextChunks);
            }
            found.Sort((x, y) => x.Dependent != y.Dependent ? x.Dependent.CompareTo(y.Dependent)
                : x.Determinant.Count != y.Determinant.Count ? x.Determinant.Count.CompareTo(y.Determinant.Count)
                : x.Determinant.LowBits.CompareTo(y.Determinant.LowBits));
            return found;
        }

        private void ComputeDependencies(Dictionary<ulong, Node> cur, Dictionary<ulong, Node> prev, ulong all)
        {
            foreach (var (x, node) in cur)
            {
                var c = all;
                for (var bits = x; bits != 0; bits &= bits - 1) c &= prev[x & ~(1UL << BitOperations.TrailingZeroCount(bits))].CPlus;
                node.CPlus = c;
            }
            foreach (var (x, node) in cur)
            {
                for (var bits = x & node.CPlus; bits != 0; bits &= bits - 1)
                {
                    var a = BitOperations.TrailingZeroCount(bits);
                    var lhs = x & ~(1UL << a);
                    var lhsNode = prev[lhs];
                    var lowerBound = lhsNode.Error - node.Error;
                    if (lowerBound > maxErrorRows) continue;
                    var errorRows = lowerBound == 0 ? 0 : lhsNode.Partition!.G3Rows(columns[a].Codes, Scratch.Count);
                    if (errorRows > maxErrorRows) continue;
                    Add(lhs, a, errorRows);
                    node.CPlus &= ~(1UL << a);
                    if (errorRows == 0) node.CPlus &= x;
                }
            }
        }

        private void Prune(Dictionary<ulong, Node> cur, Dictionary<ulong, Node> prev, bool outputKeyDependencies)
        {
            // Two passes: key dependencies look up sibling nodes of this level, so nothing is removed until all are output.
            var remove = new List<ulong>();
            foreach (var (x, node) in cur)
            {
                if (node.CPlus == 0)
                {
                    remove.Add(x);
                    continue;
                }
                // Key pruning is sound only for exact dependencies: an approximate Y → A with Y ∪ A above a key
                // would never be tested, so with a tolerance keys stay in the lattice (costlier, still correct).
                if (!node.IsKey || maxErrorRows > 0) continue;
                if (outputKeyDependencies)
                {
                    // X is a superkey, so X → A holds; it is minimal when no X − B → A holds. X − B → A holds exactly
                    // when e(X − B) = e(X − B ∪ A): read both errors from the lattice when X − B ∪ A is at this level,
                    // otherwise count from π̂_{X − B}.
                    for (var bits = node.CPlus & ~x; bits != 0; bits &= bits - 1)
                    {
                        var a = BitOperations.TrailingZeroCount(bits);
                        var minimal = true;
                        for (var xb = x; xb != 0 && minimal; xb &= xb - 1)
                        {
                            var b = 1UL << BitOperations.TrailingZeroCount(xb);
                            var smaller = prev[x & ~b];
                            minimal = cur.TryGetValue((x & ~b) | (1UL << a), out var sibling)
                                ? sibling.Error != smaller.Error
                                : smaller.Partition!.G3Rows(columns[a].Codes, Scratch.Count) > 0;
                        }
                        if (minimal) Add(x, a, 0);
                    }
                }
                remove.Add(x);
            }
            foreach (var x in remove) cur.Remove(x);
        }

        private Dictionary<ulong, Node> NextLevel(Dictionary<ulong, Node> cur, bool countOnly, PartitionChunks chunks)
        {
            var blocks = new Dictionary<ulong, List<ulong>>();
            foreach (var x in cur.Keys)
            {
                var prefix = x & ~(1UL << (63 - BitOperations.LeadingZeroCount(x)));
                if (!blocks.TryGetValue(prefix, out var list)) blocks[prefix] = list = [];
                list.Add(x);
            }
            var candidates = new List<(ulong Set, StrippedPartition Parent, int Column)>();
            long work = 0;
            foreach (var list in blocks.Values)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    for (var j = i + 1; j < list.Count; j++)
                    {
                        var z = list[i] | list[j];
                        // Every parent must have survived pruning; refine the smallest parent Z − A by A's values.
                        StrippedPartition? smallest = null;
                        var missing = -1;
                        var ok = true;
                        for (var bits = z; bits != 0 && ok; bits &= bits - 1)
                        {
                            var a = BitOperations.TrailingZeroCount(bits);
                            ok = cur.TryGetValue(z & ~(1UL << a), out var parent);
                            if (!ok) break;
                            var p = parent!.Partition!;
                            if (smallest is null || p.RowCount < smallest.RowCount) (smallest, missing) = (p, a);
                        }
                        if (!ok) continue;
                        candidates.Add((z, smallest!, missing));
                        work += smallest!.RowCount;
                    }
                }
            }
            // Refinements are independent: spread them over the cores when there is enough work, one worker per core,
            // each with its own scratch (and so its own chunk), taking candidates from a shared counter. Results land
            // by candidate index, so the lattice is the same in any order.
            var nodes = new Node[candidates.Count];
            var workers = work < ParallelWorkThreshold ? 1 : Math.Min(Environment.ProcessorCount, MaxWorkers);
            while (scratches.Count < workers) scratches.Add(new RefineScratch(scratches[0].Count.Length, rowCount));
            var taken = -1;
            void Work(int w)
            {
                var s = scratches[w];
                s.UseLevel(chunks);
                for (var i = Interlocked.Increment(ref taken); i < nodes.Length; i = Interlocked.Increment(ref taken))
                {
                    nodes[i] = Refine(candidates[i], countOnly, s);
                }
            }
            if (workers == 1) Work(0);
            else Parallel.For(0, workers, Work);
            var next = new Dictionary<ulong, Node>(nodes.Length);
            for (var i = 0; i < nodes.Length; i++) next[candidates[i].Set] = nodes[i];
            return next;
        }

        private Node Refine((ulong Set, StrippedPartition Parent, int Column) candidate, bool countOnly, RefineScratch s)
        {
            var codes = columns[candidate.Column].Codes;
            if (!countOnly) return new Node(candidate.Parent.Refine(codes, s));
            var error = candidate.Parent.RefineError(codes, s.Count);
            return new Node(error, error == 0);
        }

        private void Add(ulong lhs, int a, int errorRows) =>
            found.Add(new DiscoveredDependency(AttributeSet.FromBits(lhs), a, rowCount == 0 ? 0 : (double)errorRows / rowCount, errorRows));
    }
}

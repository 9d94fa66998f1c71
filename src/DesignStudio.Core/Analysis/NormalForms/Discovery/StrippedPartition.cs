using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DesignStudio.Core.Analysis.NormalForms.Discovery;

/// <summary>
/// A stripped partition π̂_X (TANE): the equivalence classes of rows agreeing on X, without singleton classes,
/// stored flat in a slice of a shared chunk (CSR layout): <c>RowCount</c> row numbers, then <c>ClassCount + 1</c>
/// class starts relative to the first row (class k is rows <c>Start(k) .. Start(k + 1)</c>).
/// </summary>
internal sealed class StrippedPartition
{
    private readonly int[] data;
    private readonly int offset;

    private StrippedPartition(int[] data, int offset, int rowCount, int classCount)
    {
        this.data = data;
        this.offset = offset;
        RowCount = rowCount;
        ClassCount = classCount;
    }

    /// <summary>‖π̂‖: rows in non-singleton classes.</summary>
    public int RowCount { get; }

    /// <summary>|π̂|: non-singleton classes.</summary>
    public int ClassCount { get; }

    /// <summary>e(X)·r: rows to delete so that X becomes a key (‖π̂‖ − |π̂|).</summary>
    public int Error => RowCount - ClassCount;

    /// <summary>Whether X is a superkey (no two rows agree on X).</summary>
    public bool IsKey => ClassCount == 0;

    private ReadOnlySpan<int> Rows => data.AsSpan(offset, RowCount);

    private ReadOnlySpan<int> Starts => data.AsSpan(offset + RowCount, ClassCount + 1);

    /// <summary>The partition of ∅: one class of all rows (when there are two or more).</summary>
    public static StrippedPartition Whole(int rowCount)
    {
        if (rowCount < 2) return new StrippedPartition([0], 0, 0, 0);
        var data = new int[rowCount + 2];
        for (var t = 0; t < rowCount; t++) data[t] = t;
        data[rowCount + 1] = rowCount;
        return new StrippedPartition(data, 0, rowCount, 1);
    }

    /// <summary>The partition of one column from its value codes (0 .. cardinality − 1), in its own array.</summary>
    public static StrippedPartition OfColumn(int[] codes, int cardinality)
    {
        var counts = new int[cardinality];
        foreach (var v in codes) counts[v]++;
        var next = new int[cardinality];
        int size = 0, classes = 0;
        for (var v = 0; v < cardinality; v++)
        {
            if (counts[v] < 2)
            {
                next[v] = -1;
                continue;
            }
            next[v] = size;
            size += counts[v];
            classes++;
        }
        var data = new int[size + classes + 1];
        var k = 0;
        for (var v = 0; v < cardinality; v++)
        {
            if (next[v] >= 0) data[size + k++] = next[v];
        }
        data[size + classes] = size;
        for (var t = 0; t < codes.Length; t++)
        {
            var o = next[codes[t]];
            if (o >= 0) data[next[codes[t]]++] = t;
        }
        return new StrippedPartition(data, 0, size, classes);
    }

    /// <summary>
    /// π̂_{X∪A} from π̂_X (this) and A's value codes: each class is split by A's value with a counting pass, so
    /// the cost is linear in ‖π̂_X‖ and the counters (A's cardinality) stay in cache; pairs are compared directly.
    /// The result is appended to the scratch's current chunk of the level; the scratch's counters (all 0 / all −1)
    /// are left as found.
    /// </summary>
    public StrippedPartition Refine(int[] codesOfA, RefineScratch scratch)
    {
        var output = scratch.Rows.AsSpan(0, RowCount);
        var starts = scratch.Starts.AsSpan();
        var values = scratch.Values.AsSpan();
        ref var count = ref MemoryMarshal.GetArrayDataReference(scratch.Count);
        ref var position = ref MemoryMarshal.GetArrayDataReference(scratch.Position);
        ref var codes = ref MemoryMarshal.GetArrayDataReference(codesOfA);
        var rows = Rows;
        var bounds = Starts;
        var write = 0;
        var classes = 0;
        for (var k = 0; k < ClassCount; k++)
        {
            int from = bounds[k], to = bounds[k + 1];
            if (to - from == 2)
            {
                // Most classes high in the lattice are pairs: they survive when both rows agree on A.
                int t0 = rows[from], t1 = rows[from + 1];
                if (Unsafe.Add(ref codes, t0) == Unsafe.Add(ref codes, t1))
                {
                    starts[classes++] = write;
                    output[write++] = t0;
                    output[write++] = t1;
                }
                continue;
            }
            // One gather of A's codes per row; the counting and placing passes read them sequentially.
            var size = to - from;
            var cls = rows.Slice(from, size);
            var vals = values[..size];
            for (var i = 0; i < cls.Length; i++)
            {
                var v = Unsafe.Add(ref codes, cls[i]);
                vals[i] = v;
                Unsafe.Add(ref count, v)++;
            }
            for (var i = 0; i < vals.Length; i++)
            {
                var v = vals[i];
                if (Unsafe.Add(ref count, v) < 2) continue;
                ref var p = ref Unsafe.Add(ref position, v);
                if (p < 0)
                {
                    p = write;
                    starts[classes++] = write;
                    write += Unsafe.Add(ref count, v);
                }
                output[p++] = cls[i];
            }
            foreach (var v in vals)
            {
                Unsafe.Add(ref count, v) = 0;
                Unsafe.Add(ref position, v) = -1;
            }
        }
        starts[classes] = write;
        // Copied out at exact size: a reservation for the worst case would leave gaps at the end of chunks.
        var (chunk, at) = scratch.Allocate(write + classes + 1);
        output[..write].CopyTo(chunk.AsSpan(at));
        starts[..(classes + 1)].CopyTo(chunk.AsSpan(at + write));
        return new StrippedPartition(chunk, at, write, classes);
    }

    /// <summary>e(X∪A)·r from π̂_X (this) and A's value codes, without building the partition.</summary>
    public int RefineError(int[] codesOfA, int[] count)
    {
        var error = 0;
        var rows = Rows;
        var bounds = Starts;
        ref var counter = ref MemoryMarshal.GetArrayDataReference(count);
        ref var codes = ref MemoryMarshal.GetArrayDataReference(codesOfA);
        for (var k = 0; k < ClassCount; k++)
        {
            var cls = rows[bounds[k]..bounds[k + 1]];
            if (cls.Length == 2)
            {
                if (Unsafe.Add(ref codes, cls[0]) == Unsafe.Add(ref codes, cls[1])) error++;
                continue;
            }
            foreach (var t in cls) Unsafe.Add(ref counter, Unsafe.Add(ref codes, t))++;
            foreach (var t in cls)
            {
                ref var c = ref Unsafe.Add(ref counter, Unsafe.Add(ref codes, t));
                if (c == 0) continue;
                error += c - 1;
                c = 0;
            }
        }
        return error;
    }

    /// <summary>
    /// g3 error of X → A times r: the fewest rows to delete so the dependency holds, computed from this partition
    /// (π̂_X) and A's value codes. <paramref name="frequency"/> is scratch of A's cardinality, left all zero.
    /// </summary>
    public int G3Rows(int[] codesOfA, int[] frequency)
    {
        var removed = 0;
        var rows = Rows;
        var bounds = Starts;
        for (var k = 0; k < ClassCount; k++)
        {
            var cls = rows[bounds[k]..bounds[k + 1]];
            var max = 0;
            foreach (var t in cls)
            {
                var f = ++frequency[codesOfA[t]];
                if (f > max) max = f;
            }
            foreach (var t in cls) frequency[codesOfA[t]] = 0;
            removed += cls.Length - max;
        }
        return removed;
    }
}

namespace DesignStudio.Core.Analysis.NormalForms.Discovery;

/// <summary>
/// A stripped partition π̂_X (TANE): the equivalence classes of rows agreeing on X, without singleton classes,
/// stored flat (class k is <c>Rows[Starts[k]..Starts[k+1]]</c>).
/// </summary>
internal sealed class StrippedPartition
{
    public StrippedPartition(int[] rows, int[] starts)
    {
        Rows = rows;
        Starts = starts;
    }

    public int[] Rows { get; }

    public int[] Starts { get; }

    public int ClassCount => Starts.Length - 1;

    /// <summary>e(X)·r: rows to delete so that X becomes a key (‖π̂‖ − |π̂|).</summary>
    public int Error => Rows.Length - ClassCount;

    /// <summary>Whether X is a superkey (no two rows agree on X).</summary>
    public bool IsKey => ClassCount == 0;

    /// <summary>The partition of ∅: one class of all rows (when there are two or more).</summary>
    public static StrippedPartition Whole(int rowCount) =>
        rowCount < 2 ? new([], [0]) : new(Enumerable.Range(0, rowCount).ToArray(), [0, rowCount]);

    /// <summary>The partition of one column from its value codes (0 .. cardinality − 1).</summary>
    public static StrippedPartition OfColumn(int[] codes, int cardinality)
    {
        var counts = new int[cardinality];
        foreach (var v in codes) counts[v]++;
        var offset = new int[cardinality];
        var starts = new List<int>();
        var size = 0;
        for (var v = 0; v < cardinality; v++)
        {
            if (counts[v] < 2)
            {
                offset[v] = -1;
                continue;
            }
            offset[v] = size;
            starts.Add(size);
            size += counts[v];
        }
        starts.Add(size);
        var rows = new int[size];
        for (var t = 0; t < codes.Length; t++)
        {
            var o = offset[codes[t]];
            if (o >= 0) rows[offset[codes[t]]++] = t;
        }
        return new StrippedPartition(rows, [.. starts]);
    }

    /// <summary>
    /// π̂_{X∪A} from π̂_X (this) and A's value codes: each class is split by A's value with a counting pass, so
    /// the cost is linear in ‖π̂_X‖ and the counters (A's cardinality) stay in cache; pairs are compared directly.
    /// <paramref name="scratch"/> holds the counters (all 0 / all −1, left as found) and buffers of length r + 1;
    /// the result is copied out at exact size.
    /// </summary>
    public StrippedPartition Refine(int[] codesOfA, RefineScratch scratch)
    {
        var (count, position, rows, starts, values) = (scratch.Count, scratch.Position, scratch.Rows, scratch.Starts, scratch.Values);
        var write = 0;
        var classes = 0;
        var source = Rows;
        for (var k = 0; k < ClassCount; k++)
        {
            int from = Starts[k], to = Starts[k + 1];
            if (to - from == 2)
            {
                // Most classes high in the lattice are pairs: they survive when both rows agree on A.
                int t0 = source[from], t1 = source[from + 1];
                if (codesOfA[t0] == codesOfA[t1])
                {
                    starts[classes++] = write;
                    rows[write++] = t0;
                    rows[write++] = t1;
                }
                continue;
            }
            // One gather of A's codes per row; the counting and placing passes read them sequentially.
            for (var i = from; i < to; i++)
            {
                var v = codesOfA[source[i]];
                values[i - from] = v;
                count[v]++;
            }
            for (var i = from; i < to; i++)
            {
                var v = values[i - from];
                if (count[v] < 2) continue;
                if (position[v] < 0)
                {
                    position[v] = write;
                    starts[classes++] = write;
                    write += count[v];
                }
                rows[position[v]++] = source[i];
            }
            for (var i = 0; i < to - from; i++)
            {
                var v = values[i];
                count[v] = 0;
                position[v] = -1;
            }
        }
        starts[classes] = write;
        return new StrippedPartition(rows.AsSpan(0, write).ToArray(), starts.AsSpan(0, classes + 1).ToArray());
    }

    /// <summary>e(X∪A)·r from π̂_X (this) and A's value codes, without building the partition.</summary>
    public int RefineError(int[] codesOfA, int[] count)
    {
        var error = 0;
        for (var k = 0; k < ClassCount; k++)
        {
            int from = Starts[k], to = Starts[k + 1];
            for (var i = from; i < to; i++) count[codesOfA[Rows[i]]]++;
            for (var i = from; i < to; i++)
            {
                var v = codesOfA[Rows[i]];
                if (count[v] == 0) continue;
                error += count[v] - 1;
                count[v] = 0;
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
        for (var k = 0; k < ClassCount; k++)
        {
            var max = 0;
            for (var i = Starts[k]; i < Starts[k + 1]; i++)
            {
                var f = ++frequency[codesOfA[Rows[i]]];
                if (f > max) max = f;
            }
            for (var i = Starts[k]; i < Starts[k + 1]; i++) frequency[codesOfA[Rows[i]]] = 0;
            removed += Starts[k + 1] - Starts[k] - max;
        }
        return removed;
    }
}

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
    /// π̂_{X∪Y} from π̂_X (this) and π̂_Y in linear time (TANE's product). <paramref name="owner"/> (all −1),
    /// <paramref name="count"/> (all 0) and <paramref name="position"/> (all −1) are scratch arrays of length r and
    /// are left as found.
    /// </summary>
    public StrippedPartition Product(StrippedPartition other, int[] owner, int[] count, int[] position)
    {
        for (var k = 0; k < ClassCount; k++)
        {
            for (var i = Starts[k]; i < Starts[k + 1]; i++) owner[Rows[i]] = k;
        }
        var rows = new int[Math.Min(Rows.Length, other.Rows.Length)];
        var starts = new List<int>();
        var write = 0;
        for (var k = 0; k < other.ClassCount; k++)
        {
            int from = other.Starts[k], to = other.Starts[k + 1];
            for (var i = from; i < to; i++)
            {
                var o = owner[other.Rows[i]];
                if (o >= 0) count[o]++;
            }
            for (var i = from; i < to; i++)
            {
                var t = other.Rows[i];
                var o = owner[t];
                if (o < 0 || count[o] < 2) continue;
                if (position[o] < 0)
                {
                    position[o] = write;
                    starts.Add(write);
                    write += count[o];
                }
                rows[position[o]++] = t;
            }
            for (var i = from; i < to; i++)
            {
                var o = owner[other.Rows[i]];
                if (o < 0) continue;
                count[o] = 0;
                position[o] = -1;
            }
        }
        for (var k = 0; k < ClassCount; k++)
        {
            for (var i = Starts[k]; i < Starts[k + 1]; i++) owner[Rows[i]] = -1;
        }
        starts.Add(write);
        if (write < rows.Length) Array.Resize(ref rows, write);
        return new StrippedPartition(rows, [.. starts]);
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

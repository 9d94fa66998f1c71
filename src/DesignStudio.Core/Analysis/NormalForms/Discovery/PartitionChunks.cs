namespace DesignStudio.Core.Analysis.NormalForms.Discovery;

/// <summary>
/// The memory of one lattice level's stripped partitions: large int chunks that partitions are packed into
/// (rows, then class starts), handed out by a pool shared by all levels. A level's chunks go back to the pool in one
/// step when the level is no longer needed, so a run allocates about two levels' worth of chunks instead of one
/// pair of arrays per partition (which on 100,000 rows meant gigabytes of large-object-heap churn).
/// </summary>
internal sealed class PartitionChunks(PartitionChunks.Pool pool)
{
    private readonly List<int[]> chunks = [];

    /// <summary>A chunk with room for at least <paramref name="length"/> ints, owned by this level from now on.</summary>
    public int[] Take(int length)
    {
        var chunk = pool.Rent(length);
        lock (chunks) chunks.Add(chunk);
        return chunk;
    }

    /// <summary>Gives every chunk back; partitions stored in them must not be read afterwards.</summary>
    public void Release()
    {
        lock (chunks)
        {
            pool.Return(chunks);
            chunks.Clear();
        }
    }

    /// <summary>Free chunks of one length (larger requests get their own array, never pooled).</summary>
    internal sealed class Pool(int chunkLength)
    {
        private readonly Stack<int[]> free = new();

        public int ChunkLength => chunkLength;

        public int[] Rent(int length)
        {
            if (length > chunkLength) return new int[length];
            lock (free) return free.Count > 0 ? free.Pop() : new int[chunkLength];
        }

        public void Return(List<int[]> chunks)
        {
            lock (free)
            {
                foreach (var c in chunks)
                {
                    if (c.Length == chunkLength) free.Push(c);
                }
            }
        }

        /// <summary>Chunk size for a sample: large enough to hold many partitions of r rows, small for small samples.</summary>
        public static int LengthFor(int rowCount) => (int)Math.Clamp(16L * (rowCount + 1), 4096, 1 << 22);
    }
}

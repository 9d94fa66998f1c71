namespace DesignStudio.Core.Analysis.NormalForms.Discovery;

/// <summary>
/// Buffers one thread reuses across partition refinements: counters indexed by a column's value codes (always
/// left all 0 / all −1), row-sized buffers for the refined rows, class starts and the gathered codes of one class, and the chunk of
/// the current level the thread appends refined partitions to.
/// </summary>
internal sealed class RefineScratch
{
    private PartitionChunks? level;
    private int[] chunk = [];
    private int used;

    public RefineScratch(int maxCardinality, int rowCount)
    {
        Count = new int[maxCardinality];
        Position = new int[maxCardinality];
        Array.Fill(Position, -1);
        Rows = new int[rowCount + 1];
        Starts = new int[rowCount + 1];
        Values = new int[rowCount + 1];
    }

    public int[] Count { get; }

    public int[] Position { get; }

    public int[] Rows { get; }

    public int[] Starts { get; }

    public int[] Values { get; }

    /// <summary>Stores the next partitions in <paramref name="chunks"/> (a new level starts with a fresh chunk).</summary>
    public void UseLevel(PartitionChunks chunks)
    {
        if (ReferenceEquals(level, chunks)) return;
        level = chunks;
        chunk = [];
        used = 0;
    }

    /// <summary>A chunk and offset of <paramref name="length"/> ints of the current level, now taken.</summary>
    public (int[] Chunk, int Offset) Allocate(int length)
    {
        if (chunk.Length - used < length)
        {
            chunk = level!.Take(length);
            used = 0;
        }
        used += length;
        return (chunk, used - length);
    }
}

namespace DesignStudio.Core.Analysis.NormalForms.Discovery;

/// <summary>
/// Buffers one thread reuses across partition refinements: counters indexed by a column's value codes (always
/// left all 0 / all −1) and row-sized buffers for the refined partition and the gathered codes of one class.
/// </summary>
internal sealed class RefineScratch
{
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
}

namespace DesignStudio.Core.Analysis.NormalForms.Decompositions;

/// <summary>
/// The chase test for a lossless join (Aho, Beeri and Ullman, 1979): a tableau with one row per part, distinguished
/// symbols where the part has the attribute; dependencies equate symbols until a fixpoint. The join is lossless
/// exactly when some row ends up all distinguished.
/// </summary>
public static class ChaseTest
{
    /// <summary>Whether the decomposition of a relation with <paramref name="attributeCount"/> attributes into <paramref name="parts"/> is lossless under <paramref name="dependencies"/>.</summary>
    public static bool IsLossless(int attributeCount, IReadOnlyList<Dependency> dependencies, IReadOnlyList<AttributeSet> parts)
    {
        var rows = parts.Count;
        if (rows == 0) return attributeCount == 0;
        // Symbol 0 is the distinguished a_j of column j; row i's own symbol in column j is i + 1.
        var t = new int[rows, attributeCount];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < attributeCount; j++) t[i, j] = parts[i].Contains(j) ? 0 : i + 1;
        }
        var fds = dependencies.SelectMany(d => d.SplitRight()).Select(d => (Lhs: d.Determinant.ToArray(), Rhs: d.Dependent.ToArray()[0])).ToArray();
        bool changed;
        do
        {
            changed = false;
            foreach (var (lhs, a) in fds)
            {
                for (var r1 = 0; r1 < rows; r1++)
                {
                    for (var r2 = r1 + 1; r2 < rows; r2++)
                    {
                        if (t[r1, a] == t[r2, a] || !Agree(t, r1, r2, lhs)) continue;
                        var keep = Math.Min(t[r1, a], t[r2, a]);
                        var drop = Math.Max(t[r1, a], t[r2, a]);
                        for (var r = 0; r < rows; r++)
                        {
                            if (t[r, a] == drop) t[r, a] = keep;
                        }
                        changed = true;
                    }
                }
            }
            for (var i = 0; i < rows; i++)
            {
                var all = true;
                for (var j = 0; j < attributeCount && all; j++) all = t[i, j] == 0;
                if (all) return true;
            }
        }
        while (changed);
        return false;
    }

    private static bool Agree(int[,] t, int r1, int r2, int[] columns)
    {
        foreach (var c in columns)
        {
            if (t[r1, c] != t[r2, c]) return false;
        }
        return true;
    }
}

namespace DesignStudio.Core.Analysis.NormalForms.Decompositions;

/// <summary>Subsets of a set in order of increasing size (exponential: callers stop it with a budget).</summary>
internal static class SubsetEnumerator
{
    public static IEnumerable<AttributeSet> BySize(AttributeSet set, int maxSize)
    {
        var members = set.ToArray();
        for (var k = 0; k <= Math.Min(maxSize, members.Length); k++)
        {
            var idx = new int[k];
            for (var i = 0; i < k; i++) idx[i] = i;
            while (true)
            {
                var s = AttributeSet.Empty;
                for (var i = 0; i < k; i++) s = s.With(members[idx[i]]);
                yield return s;
                var p = k - 1;
                while (p >= 0 && idx[p] == members.Length - k + p) p--;
                if (p < 0) break;
                idx[p]++;
                for (var i = p + 1; i < k; i++) idx[i] = idx[i - 1] + 1;
            }
        }
    }
}

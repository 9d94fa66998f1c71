using DesignStudio.Core.Analysis.NormalForms;

namespace DesignStudio.Core.Tests.Analysis.NormalForms;

/// <summary>Slow, obviously-correct reference implementations over at most ~10 attributes (bit masks).</summary>
internal static class BruteForce
{
    public static int Mask(AttributeSet s) => (int)s.LowBits;

    public static int Closure(IReadOnlyList<Dependency> fds, int x)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var d in fds)
            {
                if ((Mask(d.Determinant) & ~x) == 0 && (Mask(d.Dependent) & ~x) != 0)
                {
                    x |= Mask(d.Dependent);
                    changed = true;
                }
            }
        }
        return x;
    }

    public static List<int> Keys(int n, IReadOnlyList<Dependency> fds) => KeysOf(n, fds, (1 << n) - 1);

    /// <summary>Candidate keys of the sub-relation <paramref name="part"/> under the projection of the dependencies.</summary>
    public static List<int> KeysOf(int n, IReadOnlyList<Dependency> fds, int part)
    {
        bool Super(int x) => (Closure(fds, x) & part) == part;
        var keys = new List<int>();
        foreach (var x in SubsetsOf(part))
        {
            if (!Super(x)) continue;
            var minimal = true;
            for (var b = 0; b < n && minimal; b++)
            {
                if ((x >> b & 1) != 0 && Super(x & ~(1 << b))) minimal = false;
            }
            if (minimal) keys.Add(x);
        }
        return keys;
    }

    public static IEnumerable<int> SubsetsOf(int set)
    {
        for (var s = set; ; s = (s - 1) & set)
        {
            yield return s;
            if (s == 0) yield break;
        }
    }

    public static bool InBcnf(IReadOnlyList<Dependency> fds, int part)
    {
        foreach (var x in SubsetsOf(part))
        {
            var c = Closure(fds, x) & part;
            if (c != x && c != part) return false;
        }
        return true;
    }

    public static bool In3nf(int n, IReadOnlyList<Dependency> fds, int part)
    {
        var prime = KeysOf(n, fds, part).Aggregate(0, (a, k) => a | k);
        foreach (var x in SubsetsOf(part))
        {
            var c = Closure(fds, x) & part;
            if (c == part) continue;
            if ((c & ~x & ~prime) != 0) return false;
        }
        return true;
    }
}

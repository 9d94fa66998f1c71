using CsCheck;
using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Analysis.NormalForms;

/// <summary>Random relations for property tests, and textbook-notation shorthands.</summary>
internal static class RelationGenerators
{
    /// <summary>Relations of 1..maxAttributes attributes named A, B, C ... with up to maxDependencies random dependencies.</summary>
    public static Gen<RelationSchema> Relation(int maxAttributes = 8, int maxDependencies = 9) =>
        from n in Gen.Int[1, maxAttributes]
        from fds in Gen.Select(Gen.Int[0, (1 << n) - 1], Gen.Int[1, (1 << n) - 1], Gen.Int[0, 3]).Array[0, maxDependencies]
        select Build(n, fds);

    private static RelationSchema Build(int n, (int Lhs, int Rhs, int Trim)[] fds)
    {
        var deps = new List<Dependency>();
        foreach (var (lhs, rhs, trim) in fds)
        {
            // Keep most left-hand sides small (as in real schemas) by masking off high bits now and then.
            var l = trim == 0 ? lhs : lhs & (lhs >> trim | 1);
            deps.Add(new Dependency(FromMask(l), FromMask(rhs)));
        }
        return new RelationSchema("R", Enumerable.Range(0, n).Select(i => ((char)('A' + i)).ToString()).ToValueList(), deps.ToValueList());
    }

    public static AttributeSet FromMask(int mask)
    {
        var s = AttributeSet.Empty;
        for (var i = 0; mask >> i != 0; i++)
        {
            if ((mask >> i & 1) != 0) s = s.With(i);
        }
        return s;
    }

    /// <summary>Parses "R(A,B,C)" with dependencies such as "A,B->C" (test input is trusted).</summary>
    public static RelationSchema Parse(string relation, params string[] dependencies)
    {
        var (r, diagnostics) = RelationTextParser.Parse(relation, dependencies.Select((d, i) => (d, "fd", i + 1)));
        Assert.Empty(diagnostics);
        return r!;
    }
}

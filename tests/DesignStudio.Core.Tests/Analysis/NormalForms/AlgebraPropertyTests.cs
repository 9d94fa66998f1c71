using CsCheck;
using DesignStudio.Core.Analysis.NormalForms;
using static DesignStudio.Core.Tests.Analysis.NormalForms.BruteForce;

namespace DesignStudio.Core.Tests.Analysis.NormalForms;

public class AlgebraPropertyTests
{
    [Fact]
    public void Linear_closure_equals_the_naive_fixpoint() =>
        RelationGenerators.Relation().Select(Gen.Int[0, 255], (r, x) => (r, x & ((1 << r.Count) - 1))).Sample(t =>
        {
            var (r, x) = t;
            var fast = new ClosureCalculator(r).Closure(RelationGenerators.FromMask(x));
            Assert.Equal(Closure(r.Dependencies, x), Mask(fast));
        }, iter: 500, threads: 1);

    [Fact]
    public void Every_reported_key_determines_everything_and_no_proper_subset_does() =>
        RelationGenerators.Relation().Sample(r =>
        {
            var all = (1 << r.Count) - 1;
            foreach (var key in CandidateKeyFinder.Find(r).Keys)
            {
                Assert.Equal(all, Closure(r.Dependencies, Mask(key)));
                foreach (var b in key.Members()) Assert.NotEqual(all, Closure(r.Dependencies, Mask(key.Without(b))));
            }
        }, iter: 300, threads: 1);

    [Fact]
    public void No_key_is_missed_compared_with_brute_force() =>
        RelationGenerators.Relation().Sample(r =>
        {
            var result = CandidateKeyFinder.Find(r);
            Assert.True(result.Complete);
            var found = result.Keys.Select(Mask).Order().ToList();
            Assert.Equal(Keys(r.Count, r.Dependencies).Order().ToList(), found);
        }, iter: 300, threads: 1);

    [Fact]
    public void Canonical_cover_is_equivalent_reduced_and_irredundant() =>
        RelationGenerators.Relation().Sample(r =>
        {
            var n = r.Count;
            var cover = CanonicalCover.Minimal(n, r.Dependencies);
            Assert.True(DependencyImplication.Equivalent(n, r.Dependencies, cover));
            Assert.True(DependencyImplication.Equivalent(n, r.Dependencies, CanonicalCover.Canonical(n, r.Dependencies)));
            for (var i = 0; i < cover.Count; i++)
            {
                var d = cover[i];
                Assert.Equal(1, d.Dependent.Count);
                Assert.False(d.IsTrivial);
                var rest = cover.Where((_, j) => j != i).ToList();
                Assert.False(DependencyImplication.Implies(n, rest, d), "redundant dependency in the cover");
                foreach (var b in d.Determinant.Members())
                    Assert.False(DependencyImplication.Implies(n, cover, d with { Determinant = d.Determinant.Without(b) }), "extraneous attribute");
            }
        }, iter: 300, threads: 1);

    [Fact]
    public void Normal_form_verdict_matches_brute_force_definitions() =>
        RelationGenerators.Relation().Sample(r =>
        {
            var n = r.Count;
            var all = (1 << n) - 1;
            var a = NormalFormAnalyzer.Analyze(r);
            Assert.Equal(InBcnf(r.Dependencies, all), a.NormalForm == NormalForm.BoyceCodd);
            Assert.Equal(In3nf(n, r.Dependencies, all), a.NormalForm >= NormalForm.Third);
            Assert.Equal(In2nf(n, r.Dependencies), a.NormalForm >= NormalForm.Second);
            Assert.Equal(a.NormalForm == NormalForm.BoyceCodd, a.Violations.Count == 0);
        }, iter: 400, threads: 1);

    private static bool In2nf(int n, IReadOnlyList<Dependency> fds)
    {
        var all = (1 << n) - 1;
        var keys = Keys(n, fds);
        var prime = keys.Aggregate(0, (x, k) => x | k);
        foreach (var k in keys)
        {
            foreach (var part in SubsetsOf(k))
            {
                if (part != k && (Closure(fds, part) & ~prime & all & ~part) != 0) return false;
            }
        }
        return true;
    }
}

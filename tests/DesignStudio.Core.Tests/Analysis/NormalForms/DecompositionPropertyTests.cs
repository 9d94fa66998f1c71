using CsCheck;
using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Core.Analysis.NormalForms.Decompositions;
using static DesignStudio.Core.Tests.Analysis.NormalForms.BruteForce;

namespace DesignStudio.Core.Tests.Analysis.NormalForms;

public class DecompositionPropertyTests
{
    [Fact]
    public void Third_normal_form_synthesis_is_lossless_dependency_preserving_and_3NF() =>
        RelationGenerators.Relation().Sample(r =>
        {
            var d = ThirdNormalFormSynthesizer.Synthesize(r);
            var parts = d.Parts.Select(p => p.Attributes).ToList();
            Assert.True(d.Lossless);
            Assert.True(ChaseTest.IsLossless(r.Count, r.Dependencies, parts));
            Assert.True(d.DependencyPreserving);
            Assert.True(PreservedByBruteForce(r, parts));
            Assert.Equal(r.AllAttributes, parts.Aggregate(AttributeSet.Empty, (a, p) => a.Union(p)));
            foreach (var p in d.Parts)
            {
                Assert.True(In3nf(r.Count, r.Dependencies, Mask(p.Attributes)), $"part {r.Format(p.Attributes)} is not in 3NF");
                Assert.Contains(Mask(p.Key), KeysOf(r.Count, r.Dependencies, Mask(p.Attributes)));
            }
        }, iter: 300, threads: 1);

    [Fact]
    public void Bcnf_parts_are_in_BCNF_and_join_losslessly() =>
        RelationGenerators.Relation().Sample(r =>
        {
            var d = BcnfDecomposer.Decompose(r);
            var parts = d.Parts.Select(p => p.Attributes).ToList();
            Assert.True(d.Lossless);
            Assert.True(ChaseTest.IsLossless(r.Count, r.Dependencies, parts));
            Assert.Equal(r.AllAttributes, parts.Aggregate(AttributeSet.Empty, (a, p) => a.Union(p)));
            foreach (var p in d.Parts)
            {
                Assert.True(InBcnf(r.Dependencies, Mask(p.Attributes)), $"part {r.Format(p.Attributes)} is not in BCNF");
                Assert.Contains(Mask(p.Key), KeysOf(r.Count, r.Dependencies, Mask(p.Attributes)));
            }
            Assert.Equal(PreservedByBruteForce(r, parts), d.DependencyPreserving);
            Assert.Empty(d.Notes);
        }, iter: 300, threads: 1);

    [Fact]
    public void Bcnf_fallback_split_past_the_budget_is_still_lossless_and_BCNF() =>
        RelationGenerators.Relation().Sample(r =>
        {
            var d = BcnfDecomposer.Decompose(r, subsetBudget: 0);
            Assert.True(ChaseTest.IsLossless(r.Count, r.Dependencies, d.Parts.Select(p => p.Attributes).ToList()));
            Assert.All(d.Parts, p => Assert.True(InBcnf(r.Dependencies, Mask(p.Attributes))));
        }, iter: 300, threads: 1);

    [Fact]
    public void Relation_already_in_BCNF_is_not_split() =>
        RelationGenerators.Relation().Where(r => NormalFormAnalyzer.Analyze(r).NormalForm == NormalForm.BoyceCodd).Sample(r =>
        {
            var d = BcnfDecomposer.Decompose(r);
            Assert.Equal(r.AllAttributes, Assert.Single(d.Parts).Attributes);
        }, iter: 100, threads: 1);

    [Fact]
    public void Chase_agrees_with_the_binary_decomposition_theorem() =>
        RelationGenerators.Relation().Select(Gen.Int[0, 255], Gen.Int[0, 255], (r, a, b) => (r, a, b)).Sample(t =>
        {
            var (r, a, b) = t;
            var all = (1 << r.Count) - 1;
            var r1 = (a & all) | (~b & all);   // together they cover every attribute
            var r2 = b & all;
            var common = r1 & r2;
            var c = Closure(r.Dependencies, common);
            var expected = (c & r1) == r1 || (c & r2) == r2;
            Assert.Equal(expected, ChaseTest.IsLossless(r.Count, r.Dependencies, [RelationGenerators.FromMask(r1), RelationGenerators.FromMask(r2)]));
        }, iter: 500, threads: 1);

    [Fact]
    public void Projection_onto_a_subschema_matches_brute_force() =>
        RelationGenerators.Relation().Select(Gen.Int[1, 255], (r, s) => (r, s & ((1 << r.Count) - 1))).Sample(t =>
        {
            var (r, s) = t;
            var closure = new ClosureCalculator(r);
            var (projected, complete) = DependencyProjection.Project(closure, RelationGenerators.FromMask(s));
            Assert.True(complete);
            foreach (var x in SubsetsOf(s))
                Assert.Equal(Closure(r.Dependencies, x) & s, Closure(projected, x) & s);
        }, iter: 300, threads: 1);

    // Preserved iff the union of the projections onto the parts implies every original dependency.
    private static bool PreservedByBruteForce(RelationSchema r, List<AttributeSet> parts)
    {
        var projected = new List<Dependency>();
        foreach (var p in parts)
        {
            foreach (var x in SubsetsOf(Mask(p)))
                projected.Add(new Dependency(RelationGenerators.FromMask(x), RelationGenerators.FromMask(Closure(r.Dependencies, x) & Mask(p))));
        }
        return r.Dependencies.All(d => (Mask(d.Dependent) & ~Closure(projected, Mask(d.Determinant))) == 0);
    }
}

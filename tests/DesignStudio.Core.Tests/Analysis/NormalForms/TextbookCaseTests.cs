using DesignStudio.Core.Analysis.NormalForms;
using DesignStudio.Core.Analysis.NormalForms.Decompositions;
using static DesignStudio.Core.Tests.Analysis.NormalForms.RelationGenerators;

namespace DesignStudio.Core.Tests.Analysis.NormalForms;

public class TextbookCaseTests
{
    private static List<string> Keys(RelationAnalysis a) =>
        a.Keys.Keys.Select(a.Relation.Format).OrderBy(k => k, StringComparer.Ordinal).ToList();

    [Fact]
    public void Transitive_dependency_on_composite_key_gives_2NF_with_one_3NF_violation()
    {
        var a = NormalFormAnalyzer.Analyze(Parse("R(A,B,C,D)", "A,B->C", "C->D"));
        Assert.Equal(["A,B"], Keys(a));
        Assert.Equal("A,B", a.Relation.Format(a.PrimeAttributes));
        Assert.Equal(NormalForm.Second, a.NormalForm);
        var v = Assert.Single(a.Violations);
        Assert.Equal("C->D", a.Relation.Format(v.Dependency));
        Assert.Equal(NormalForm.Third, v.Breaks);
    }

    [Fact]
    public void Zip_city_violation_is_explained_in_plain_words()
    {
        var a = NormalFormAnalyzer.Analyze(Parse("Person(id,zip,city)", "id->zip", "zip->city"));
        var v = Assert.Single(a.Violations);
        Assert.Equal("zip → city: zip is not a key and city is not part of any key, so city depends on the key only through zip (3NF)", v.Reason);
        Assert.Equal(NormalForm.Second, a.NormalForm);
    }

    [Fact]
    public void Partial_dependency_on_part_of_the_key_breaks_2NF()
    {
        var a = NormalFormAnalyzer.Analyze(Parse("R(A,B,C,D)", "A,B->C", "A->D"));
        Assert.Equal(NormalForm.First, a.NormalForm);
        var v = Assert.Single(a.Violations);
        Assert.Equal("A->D", a.Relation.Format(v.Dependency));
        Assert.Equal(NormalForm.Second, v.Breaks);
        Assert.Contains("only part of the candidate key {A, B}", v.Reason);
    }

    [Fact]
    public void Partial_dependency_reached_through_a_chain_is_found()
    {
        // A → C → D: D depends on A (part of the key AB) only through C; 2NF is broken by A → C, D.
        var a = NormalFormAnalyzer.Analyze(Parse("R(A,B,C,D)", "A,B->C", "A->C", "C->D"));
        Assert.Equal(NormalForm.First, a.NormalForm);
        Assert.Contains(a.Violations, v => a.Relation.Format(v.Dependency) == "A->C,D" && v.Breaks == NormalForm.Second);
        Assert.Contains(a.Violations, v => a.Relation.Format(v.Dependency) == "C->D" && v.Breaks == NormalForm.Third);
    }

    [Fact]
    public void Street_city_zip_is_3NF_but_not_BCNF_and_BCNF_loses_a_dependency()
    {
        var r = Parse("R(S,J,T)", "S,T->J", "J->T");
        var a = NormalFormAnalyzer.Analyze(r);
        Assert.Equal(["J,S", "S,T"], Keys(a));
        Assert.Equal(NormalForm.Third, a.NormalForm);
        var v = Assert.Single(a.Violations);
        Assert.Equal("J->T", r.Format(v.Dependency));
        Assert.Equal(NormalForm.BoyceCodd, v.Breaks);

        var bcnf = BcnfDecomposer.Decompose(r);
        Assert.True(bcnf.Lossless);
        Assert.Equal(["J,S", "J,T"], bcnf.Parts.Select(p => r.Format(p.Attributes)).Order(StringComparer.Ordinal));
        Assert.Equal(["S,T->J"], bcnf.NotPreserved.Select(r.Format));

        var third = ThirdNormalFormSynthesizer.Synthesize(r);
        Assert.Equal(["J,S,T"], third.Parts.Select(p => r.Format(p.Attributes)));
        Assert.True(third.Lossless);
        Assert.True(third.DependencyPreserving);
    }

    [Fact]
    public void Canonical_cover_of_the_Silberschatz_example()
    {
        var r = Parse("R(A,B,C)", "A->B,C", "B->C", "A->B", "A,B->C");
        var cover = CanonicalCover.Canonical(r.Count, r.Dependencies).Select(r.Format).Order(StringComparer.Ordinal);
        Assert.Equal(["A->B", "B->C"], cover);
    }

    [Fact]
    public void Relation_without_dependencies_has_all_attributes_as_its_key_and_is_BCNF()
    {
        var a = NormalFormAnalyzer.Analyze(Parse("R(A,B,C)"));
        Assert.Equal(["A,B,C"], Keys(a));
        Assert.Equal(NormalForm.BoyceCodd, a.NormalForm);
        Assert.Empty(a.Violations);
    }

    [Fact]
    public void Pairs_of_mutually_dependent_attributes_give_two_to_the_n_keys()
    {
        var deps = new List<string>();
        var attrs = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            attrs.AddRange([$"A{i}", $"B{i}"]);
            deps.AddRange([$"A{i}->B{i}", $"B{i}->A{i}"]);
        }
        var keys = CandidateKeyFinder.Find(Parse($"R({string.Join(",", attrs)})", [.. deps]));
        Assert.True(keys.Complete);
        Assert.Equal(64, keys.Keys.Count);
        Assert.All(keys.Keys, k => Assert.Equal(6, k.Count));
    }

    [Fact]
    public void Key_search_stops_cleanly_at_the_key_cap_and_says_so()
    {
        var deps = new List<string>();
        var attrs = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            attrs.AddRange([$"A{i}", $"B{i}"]);
            deps.AddRange([$"A{i}->B{i}", $"B{i}->A{i}"]);
        }
        var r = Parse($"R({string.Join(",", attrs)})", [.. deps]);
        var a = NormalFormAnalyzer.Analyze(r, new CandidateKeyOptions(MaxKeys: 1000));
        Assert.False(a.Keys.Complete);
        Assert.Equal(1000, a.Keys.Keys.Count);
        Assert.Contains("1,000", a.Keys.StopReason);
        Assert.NotEmpty(a.Notes);
    }

    [Fact]
    public void Key_search_stops_cleanly_at_the_work_budget()
    {
        var deps = new List<string>();
        var attrs = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            attrs.AddRange([$"A{i}", $"B{i}"]);
            deps.AddRange([$"A{i}->B{i}", $"B{i}->A{i}"]);
        }
        var keys = CandidateKeyFinder.Find(Parse($"R({string.Join(",", attrs)})", [.. deps]), new CandidateKeyOptions(MaxWork: 10_000));
        Assert.False(keys.Complete);
        Assert.Contains("work budget", keys.StopReason);
    }

    [Fact]
    public void Wide_relations_beyond_64_attributes_work()
    {
        var attrs = Enumerable.Range(0, 100).Select(i => $"A{i}").ToList();
        var chain = Enumerable.Range(0, 99).Select(i => $"A{i}->A{i + 1}").ToList();
        var r = Parse($"R({string.Join(",", attrs)})", [.. chain]);
        var a = NormalFormAnalyzer.Analyze(r);
        Assert.Equal(["A0"], Keys(a));
        Assert.Equal(NormalForm.Second, a.NormalForm);
        Assert.Equal(98, a.Violations.Count);
        Assert.All(a.Violations, v => Assert.Equal(NormalForm.Third, v.Breaks));
        Assert.Contains(a.Violations, v => r.Format(v.Dependency) == "A98->A99");

        var ring = Parse($"R({string.Join(",", attrs)})", [.. chain, "A99->A0"]);
        var b = NormalFormAnalyzer.Analyze(ring);
        Assert.Equal(100, b.Keys.Keys.Count);
        Assert.Equal(NormalForm.BoyceCodd, b.NormalForm);
    }
}

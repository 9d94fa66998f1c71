namespace DesignStudio.Core.Analysis.NormalForms;

/// <summary>
/// Finds the candidate keys, prime attributes, highest normal form and violations of a relation.
/// 2NF is decided exactly from the keys (a non-prime attribute in the closure of some K − {b}); 3NF and BCNF are
/// decided on the minimal cover, which suffices because every dependency of F⁺ follows from it.
/// </summary>
public static class NormalFormAnalyzer
{
    /// <summary>Analyses <paramref name="relation"/>.</summary>
    public static RelationAnalysis Analyze(RelationSchema relation, CandidateKeyOptions? options = null)
    {
        var n = relation.Count;
        var minimal = CanonicalCover.Minimal(n, relation.Dependencies);
        var closure = new ClosureCalculator(n, minimal);
        var keys = CandidateKeyFinder.Find(n, minimal, options);
        var prime = keys.PrimeAttributes;
        var nonPrime = relation.AllAttributes.Except(prime);

        // 2NF: X ⊂ K determines a non-prime A. Group by the (shrunk) determinant.
        var partial = new Dictionary<AttributeSet, (AttributeSet Rhs, AttributeSet Key)>();
        var partialOrder = new List<AttributeSet>();
        void AddPartial(AttributeSet lhs, AttributeSet rhs, AttributeSet key)
        {
            if (partial.TryGetValue(lhs, out var e)) partial[lhs] = (e.Rhs.Union(rhs), e.Key);
            else
            {
                partial[lhs] = (rhs, key);
                partialOrder.Add(lhs);
            }
        }
        foreach (var key in keys.Keys)
        {
            if (key.Count < 2) continue;
            foreach (var b in key.Members())
            {
                var part = key.Without(b);
                var reached = closure.Closure(part).Intersect(nonPrime);
                // Attributes already explained by a recorded partial determinant inside this part need no new one.
                foreach (var (lhs, entry) in partial)
                {
                    if (lhs.IsSubsetOf(part)) reached = reached.Except(entry.Rhs);
                }
                foreach (var a in reached.Members())
                {
                    var target = AttributeSet.Of(a);
                    AddPartial(CandidateKeyFinder.OneKeyWithin(closure, part, target), target, key);
                }
            }
        }

        var transitive = new List<Dependency>();
        var bcnf = new List<Dependency>();
        foreach (var d in minimal)
        {
            if (closure.IsSuperkey(d.Determinant)) continue;
            if (d.Dependent.IsSubsetOf(prime)) bcnf.Add(d);
            else if (keys.Keys.FirstOrDefault(k => d.Determinant.IsProperSubsetOf(k)) is var k && !k.IsEmpty)
                AddPartial(d.Determinant, d.Dependent, k);
            else transitive.Add(d);
        }

        var violations = new List<NormalFormViolation>();
        foreach (var lhs in partialOrder)
        {
            var (rhs, key) = partial[lhs];
            var d = new Dependency(lhs, rhs);
            violations.Add(new NormalFormViolation(d, NormalForm.Second, ViolationReasons.Partial(relation, d, key)));
        }
        foreach (var d in CanonicalCover.MergeByDeterminant(transitive))
            violations.Add(new NormalFormViolation(d, NormalForm.Third, ViolationReasons.Transitive(relation, d)));
        foreach (var d in CanonicalCover.MergeByDeterminant(bcnf))
            violations.Add(new NormalFormViolation(d, NormalForm.BoyceCodd, ViolationReasons.NotSuperkey(relation, d)));

        var form = violations.Count == 0 ? NormalForm.BoyceCodd : violations.Min(v => v.Breaks) - 1;

        var notes = new List<string>();
        if (!keys.Complete)
        {
            notes.Add($"Candidate keys: {keys.StopReason}. Prime attributes, and so the 2NF and 3NF verdicts, rest on the "
                + "keys found; BCNF is decided exactly.");
        }
        return new RelationAnalysis
        {
            Relation = relation,
            MinimalCover = minimal,
            CanonicalCover = CanonicalCover.MergeByDeterminant(minimal),
            Keys = keys,
            PrimeAttributes = prime,
            NormalForm = form,
            Violations = violations,
            Notes = notes,
        };
    }
}

namespace DesignStudio.Core.Analysis.NormalForms;

/// <summary>
/// All candidate keys of a relation with the algorithm of Lucchesi and Osborn (1978): from each known key K and each
/// dependency X → Y, the set X ∪ (K − Y) is a superkey; when it contains no known key it is shrunk to a new key.
/// Time is polynomial per key found (O(|keys| · |F| · (|keys| + |R|·|F|))), so many attributes do no harm; the number
/// of keys itself can be exponential, which <see cref="CandidateKeyOptions"/> caps.
/// </summary>
public static class CandidateKeyFinder
{
    /// <summary>Finds the candidate keys of <paramref name="relation"/>.</summary>
    public static CandidateKeyResult Find(RelationSchema relation, CandidateKeyOptions? options = null) =>
        Find(relation.Count, relation.Dependencies, options);

    /// <summary>Finds the candidate keys of a relation of <paramref name="attributeCount"/> attributes.</summary>
    public static CandidateKeyResult Find(int attributeCount, IReadOnlyList<Dependency> dependencies, CandidateKeyOptions? options = null)
    {
        options ??= CandidateKeyOptions.Default;
        var cover = CanonicalCover.Canonical(attributeCount, dependencies);
        var closure = new ClosureCalculator(attributeCount, cover);
        var all = AttributeSet.All(attributeCount);
        var closureCost = Math.Max(1, cover.Count);
        long work = 0;

        // Attributes on no right-hand side belong to every key; attributes on right-hand sides only belong to none.
        var onRight = AttributeSet.Empty;
        foreach (var d in cover) onRight = onRight.Union(d.Dependent);

        AttributeSet Minimize(AttributeSet superkey)
        {
            var key = superkey;
            foreach (var a in superkey.Intersect(onRight).Members())
            {
                var smaller = key.Without(a);
                work += closureCost;
                if (all.IsSubsetOf(closure.Closure(smaller))) key = smaller;
            }
            return key;
        }

        var keys = new List<AttributeSet> { Minimize(all) };
        // Relations of up to 64 attributes keep the keys as plain masks too: the containment test is the hot loop.
        var narrow = attributeCount <= 64;
        var masks = new List<ulong> { keys[0].LowBits };
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            foreach (var d in cover)
            {
                var candidate = d.Determinant.Union(key.Except(d.Dependent));
                work += keys.Count;
                if (work > options.MaxWork)
                    return new CandidateKeyResult(keys, false, $"stopped after {keys.Count:N0} candidate keys: the search exceeded its work budget");
                if (narrow ? ContainsKeyOf(masks, candidate.LowBits) : keys.Any(k => k.IsSubsetOf(candidate))) continue;
                if (keys.Count >= options.MaxKeys)
                    return new CandidateKeyResult(keys, false, $"stopped after {keys.Count:N0} candidate keys; there are more");
                var found = Minimize(candidate);
                keys.Add(found);
                masks.Add(found.LowBits);
            }
        }
        return new CandidateKeyResult(keys, true, null);
    }

    private static bool ContainsKeyOf(List<ulong> keys, ulong candidate)
    {
        foreach (var k in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys))
        {
            if ((k & ~candidate) == 0) return true;
        }
        return false;
    }

    /// <summary>One candidate key contained in <paramref name="superkey"/> (greedy shrinking; polynomial).</summary>
    public static AttributeSet OneKeyWithin(ClosureCalculator closure, AttributeSet superkey, AttributeSet target)
    {
        var key = superkey;
        foreach (var a in superkey.Members())
        {
            var smaller = key.Without(a);
            if (target.IsSubsetOf(closure.Closure(smaller))) key = smaller;
        }
        return key;
    }
}

namespace DesignStudio.Core.Analysis.NormalForms.Decompositions;

/// <summary>
/// BCNF decomposition by repeated lossless splitting on a violating dependency X → X⁺ (parts X⁺ ∩ S and
/// X ∪ (S − X⁺)). Always lossless; may lose dependencies, which the result lists. See <see cref="BcnfSplitFinder"/>
/// for how violations inside sub-relations are found without projecting the dependencies.
/// </summary>
public static class BcnfDecomposer
{
    /// <summary>Decomposes <paramref name="relation"/> into BCNF parts.</summary>
    /// <param name="relation">The relation.</param>
    /// <param name="subsetBudget">Closures allowed per exhaustive sub-relation check before the fallback split.</param>
    public static Decomposition Decompose(RelationSchema relation, int subsetBudget = 50_000)
    {
        var n = relation.Count;
        var minimal = CanonicalCover.Minimal(n, relation.Dependencies);
        var closure = new ClosureCalculator(n, minimal);
        var finder = new BcnfSplitFinder(closure, minimal, subsetBudget);

        var done = new List<AttributeSet>();
        var work = new Stack<AttributeSet>();
        work.Push(relation.AllAttributes);
        while (work.Count > 0)
        {
            var s = work.Pop();
            if (finder.Find(s) is { } split)
            {
                work.Push(split.Second);
                work.Push(split.First);
            }
            else done.Add(s);
        }

        var sets = new List<AttributeSet>();
        for (var i = 0; i < done.Count; i++)
        {
            var p = done[i];
            var contained = false;
            for (var j = 0; j < done.Count && !contained; j++)
                contained = i != j && (p.IsProperSubsetOf(done[j]) || (p == done[j] && j < i));
            if (!contained) sets.Add(p);
        }

        var parts = sets.Select(p => new DecomposedRelation(
            p,
            CandidateKeyFinder.OneKeyWithin(closure, p, p),
            minimal.Where(d => d.Determinant.Union(d.Dependent).IsSubsetOf(p)).ToList())).ToList();
        var notes = new List<string>();
        if (finder.UsedFallback)
            notes.Add("A sub-relation was too wide to check for BCNF exhaustively; it was split by the Tsou–Fischer step, "
                + "which is lossless but may split more than strictly needed.");
        return new Decomposition
        {
            Target = NormalForm.BoyceCodd,
            Parts = parts,
            Lossless = ChaseTest.IsLossless(n, minimal, sets),
            NotPreserved = DependencyPreservation.NotPreserved(n, minimal, sets),
            Notes = notes,
        };
    }
}

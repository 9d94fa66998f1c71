namespace DesignStudio.Core.Analysis.NormalForms;

/// <summary>The candidate keys found, and whether the list is complete.</summary>
/// <param name="Keys">Minimal keys in the order found.</param>
/// <param name="Complete">False when a limit stopped the search: more keys may exist.</param>
/// <param name="StopReason">Why the search stopped early, in plain words; null when complete.</param>
public sealed record CandidateKeyResult(IReadOnlyList<AttributeSet> Keys, bool Complete, string? StopReason)
{
    /// <summary>Union of all keys found: the prime attributes (complete only when <see cref="Complete"/>).</summary>
    public AttributeSet PrimeAttributes => Keys.Aggregate(AttributeSet.Empty, (acc, k) => acc.Union(k));
}
